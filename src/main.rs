//! The `juxta` binary: parses arguments, runs the command, prints errors.

fn main() {
    let code = match juxta::cli::run(std::env::args_os()) {
        Ok(code) => code,
        Err(e) => {
            eprint!("{}", e.render());
            e.exit_code()
        }
    };
    std::process::exit(code);
}
