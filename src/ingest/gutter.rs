//! Line numbers in a text's margin: a text shown with its lines numbered
//! and saved as shown (`cat -n`, `nl`, `less -N`, an editor's number
//! column copied from a terminal, Vim's `:TOhtml` with `number` set).
//!
//! The numbers count the lines one by one. What tells them from a text's
//! own numbers (a ranking, numbered paragraphs, a list) is the margin's
//! shape: a number column whose digits end in one column, set off by a
//! tab or a space, that numbers blank lines too or is right-aligned or
//! tab-separated, over most of the text's lines.

/// A text without its margin of line numbers, line for line, and the
/// runs of numbered lines taken off (first and last line, 1-based; first
/// and last number).
#[derive(Debug)]
pub(crate) struct Unnumbered {
    pub text: String,
    pub runs: Vec<Run>,
}

/// A run of lines numbered one by one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Run {
    pub lines: [usize; 2],
    pub numbers: [u64; 2],
}

/// The fewest numbered lines a margin has.
const MIN_NUMBERED: usize = 6;

/// A line's number in a margin: its value, the column after its digits,
/// what follows them and where the line's text starts.
#[derive(Debug, Clone, Copy)]
struct Mark {
    value: u64,
    lead: usize,
    end: usize,
    tab: bool,
    text_at: usize,
    blank: bool,
}

fn mark(line: &str) -> Option<Mark> {
    let b = line.as_bytes();
    let lead = b.iter().take_while(|&&c| c == b' ').count();
    if lead > 8 {
        return None;
    }
    let digits = b[lead..].iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > 6 || b[lead] == b'0' {
        return None;
    }
    let end = lead + digits;
    let value = line[lead..end].parse().ok()?;
    let rest = &line[end..];
    let (tab, text_at) = match rest.as_bytes().first() {
        None | Some(b'\r') => (false, end),
        Some(b'\t') => (true, end + 1),
        // One space: the column's own; more belong to the line (indents).
        Some(b' ') => (false, end + 1),
        _ => return None,
    };
    let blank = line[text_at..].trim().is_empty();
    Some(Mark {
        value,
        lead,
        end,
        tab,
        text_at,
        blank,
    })
}

/// A run being read: where it starts, the next number it expects, the
/// column its digits end in, and what it has shown of its shape.
struct Open {
    first: usize,
    last: usize,
    numbers: [u64; 2],
    end: usize,
    left: bool,
    numbered: usize,
    tabs: usize,
    blank_numbered: bool,
    blank_unnumbered: bool,
    gap: bool,
    aligned: bool,
    marks: Vec<(usize, usize)>,
}

impl Open {
    fn new(i: usize, m: &Mark) -> Open {
        Open {
            first: i,
            last: i,
            numbers: [m.value, m.value],
            end: m.end,
            left: m.lead == 0,
            numbered: 1,
            tabs: usize::from(m.tab),
            blank_numbered: m.blank,
            blank_unnumbered: false,
            gap: false,
            aligned: false,
            marks: vec![(i, m.text_at)],
        }
    }

    /// Whether a line numbered `m` goes on with the run: the next number,
    /// its digits ending in the column the run's end in (or, numbers set
    /// flush left, starting in the first).
    fn takes(&self, m: &Mark) -> bool {
        m.value == self.numbers[1] + 1 && (m.end == self.end || (self.left && m.lead == 0))
    }

    fn push(&mut self, i: usize, m: &Mark, digits_before: usize) {
        // Numbers of more digits ending where fewer did: right-aligned.
        self.aligned |= m.end == self.end && digits_before != m.end - m.lead;
        self.end = m.end;
        self.left &= m.lead == 0;
        // A blank line the count went on over, unnumbered.
        self.blank_unnumbered |= self.gap;
        self.gap = false;
        self.last = i;
        self.numbers[1] = m.value;
        self.numbered += 1;
        self.tabs += usize::from(m.tab);
        self.blank_numbered |= m.blank;
        self.marks.push((i, m.text_at));
    }

    /// Whether the run is a margin: long enough, and shaped as one. A
    /// numbered blank line, tabs after every number or right-aligned
    /// numbers of different widths; a margin that leaves blank lines
    /// unnumbered (`nl`) sets its numbers off with tabs.
    fn is_margin(&self) -> bool {
        let tabbed = self.tabs == self.numbered;
        self.numbered >= MIN_NUMBERED
            && (!self.blank_unnumbered || tabbed)
            && (tabbed || self.blank_numbered || self.aligned)
    }
}

/// `text` without its margin of line numbers, when most of its non-blank
/// lines are numbered one by one in a margin; `None` otherwise.
pub(crate) fn strip(text: &str) -> Option<Unnumbered> {
    // Most texts have few lines opening with a figure, told from bytes.
    let b = text.as_bytes();
    let opens_with_figure = |at: usize| {
        b[at..]
            .iter()
            .take(9)
            .find(|&&c| c != b' ')
            .is_some_and(u8::is_ascii_digit)
    };
    let figures = usize::from(opens_with_figure(0))
        + memchr::memchr_iter(b'\n', b)
            .filter(|&i| opens_with_figure(i + 1))
            .take(MIN_NUMBERED)
            .count();
    if figures < MIN_NUMBERED {
        return None;
    }
    let lines: Vec<&str> = text.split('\n').collect();
    let runs = runs(&lines);
    if runs.is_empty() {
        return None;
    }
    let numbered: usize = runs.iter().map(|r| r.numbered).sum();
    let non_blank = lines.iter().filter(|l| !l.trim().is_empty()).count();
    let numbered_text = runs
        .iter()
        .flat_map(|r| &r.marks)
        .filter(|&&(i, at)| !lines[i][at..].trim().is_empty())
        .count();
    // Most of the text is in the margin's lines.
    if numbered_text * 2 < non_blank || numbered < MIN_NUMBERED {
        return None;
    }
    let mut cut = vec![0; lines.len()];
    for &(i, at) in runs.iter().flat_map(|r| &r.marks) {
        cut[i] = at;
    }
    let mut out = String::with_capacity(text.len());
    for (i, l) in lines.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&l[cut[i]..]);
    }
    Some(Unnumbered {
        text: out,
        runs: runs
            .iter()
            .map(|r| Run {
                lines: [r.first + 1, r.last + 1],
                numbers: r.numbers,
            })
            .collect(),
    })
}

/// The runs of lines numbered one by one that are shaped as a margin.
fn runs(lines: &[&str]) -> Vec<Open> {
    let mut done = Vec::new();
    let mut open: Option<Open> = None;
    for (i, l) in lines.iter().enumerate() {
        let first = l.as_bytes().iter().find(|&&c| c != b' ');
        let m = first.filter(|c| c.is_ascii_digit()).and_then(|_| mark(l));
        match (&mut open, m) {
            (Some(o), Some(m)) if o.takes(&m) => {
                let before = o.numbers[1].checked_ilog10().unwrap_or(0) as usize + 1;
                o.push(i, &m, before);
            }
            (Some(o), None) if l.trim().is_empty() => o.gap = true,
            _ => {
                if let Some(o) = open.take().filter(Open::is_margin) {
                    done.push(o);
                }
                open = m.map(|m| Open::new(i, &m));
            }
        }
    }
    done.extend(open.filter(Open::is_margin));
    done
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(n: usize) -> Vec<String> {
        (0..n)
            .map(|i| format!("Sentence number {i} of the article, which goes on for a while."))
            .collect()
    }

    #[test]
    fn cat_n_numbers_every_line_with_a_tab() {
        let mut text = String::new();
        for (i, l) in body(8).iter().enumerate() {
            let l = if i == 3 { "" } else { l.as_str() };
            text.push_str(&format!("{:>6}\t{l}\n", i + 1));
        }
        let u = strip(&text).expect("a margin");
        assert!(u.text.starts_with("Sentence number 0"));
        assert_eq!(u.text.lines().nth(3), Some(""));
        assert_eq!(
            u.runs,
            [Run {
                lines: [1, 8],
                numbers: [1, 8]
            }]
        );
        assert_eq!(u.text.lines().count(), text.lines().count());
    }

    #[test]
    fn nl_leaves_blank_lines_unnumbered() {
        let mut text = String::new();
        for (i, l) in body(6).iter().enumerate() {
            text.push_str(&format!("{:>6}\t{l}\n\n", i + 1));
        }
        let u = strip(&text).expect("a margin");
        assert_eq!(u.text.lines().filter(|l| l.is_empty()).count(), 6);
        assert!(
            u.text
                .lines()
                .all(|l| l.is_empty() || l.starts_with("Sentence"))
        );
    }

    #[test]
    fn an_editor_column_numbers_blank_lines_and_aligns_right() {
        // Vim's number column: " 1 " … "12 ", blank lines numbered.
        let mut text = String::from("~/memo.txt.html\n");
        for (i, l) in body(12).iter().enumerate() {
            let l = if i % 3 == 2 { "" } else { l.as_str() };
            text.push_str(&format!("{:>2} {l}\n", i + 1));
        }
        let u = strip(&text).expect("a margin");
        let lines: Vec<&str> = u.text.lines().collect();
        assert_eq!(lines[0], "~/memo.txt.html");
        assert_eq!(
            lines[1],
            "Sentence number 0 of the article, which goes on for a while."
        );
        assert_eq!(lines[3], "");
        assert_eq!(u.runs[0].lines, [2, 13]);
    }

    #[test]
    fn a_column_trimmed_flush_left_is_read_while_it_numbers_blank_lines() {
        let text: String = (1..=14)
            .map(|i| {
                let l = if i % 4 == 0 {
                    String::new()
                } else {
                    format!("Line {i} of it.")
                };
                format!("{i} {l}\n")
            })
            .collect();
        let u = strip(&text).expect("a margin");
        assert_eq!(u.runs[0].numbers, [1, 14]);
        assert_eq!(u.text.lines().nth(9), Some("Line 10 of it."));
    }

    #[test]
    fn indents_after_the_column_stay() {
        let mut text = String::new();
        for (i, l) in body(7).iter().enumerate() {
            text.push_str(&format!("{:>3}   {l}\n", i + 1));
        }
        text.push_str("  8 \n");
        let u = strip(&text).expect("a margin");
        assert!(u.text.starts_with("  Sentence number 0"));
    }

    #[test]
    fn a_text_s_own_numbers_stay() {
        // A ranking, left-aligned, nothing blank numbered.
        let ranking: String = (1..=9)
            .map(|i| format!("{i} Club number {i} with {} points\n", 40 - i))
            .collect();
        assert!(strip(&ranking).is_none());
        // Numbered paragraphs with blank lines between, set off by a space.
        let paras: String = body(8)
            .iter()
            .enumerate()
            .map(|(i, l)| format!("{} {l}\n\n", i + 1))
            .collect();
        assert!(strip(&paras).is_none());
        // A numbered list.
        let list: String = (1..=8).map(|i| format!("{i}. Step {i}\n")).collect();
        assert!(strip(&list).is_none());
        // Years opening lines.
        let years = "2019 was a hard year.\n2020 was harder.\n2021 began well.\n";
        assert!(strip(years).is_none());
    }

    #[test]
    fn a_numbered_table_in_a_long_text_stays() {
        let mut text: String = body(20).iter().map(|l| format!("{l}\n\n")).collect();
        for i in 1..=7 {
            text.push_str(&format!("{i:>2}\tClub {i}\t{}\n", 40 - i));
        }
        assert!(strip(&text).is_none());
    }

    #[test]
    fn a_break_in_the_count_ends_the_run() {
        let text: String = (1..=12)
            .map(|i| {
                let n = if i > 6 { i + 10 } else { i };
                format!("{n:>6}\tLine {i} of the text\n")
            })
            .collect();
        let u = strip(&text).expect("two margins");
        assert_eq!(u.runs.len(), 2);
        assert_eq!(u.runs[1].numbers, [17, 22]);
    }

    #[test]
    fn short_runs_are_no_margin() {
        let text: String = (1..=5)
            .map(|i| format!("{i:>6}\tLine {i} of the text\n"))
            .collect();
        assert!(strip(&text).is_none());
    }
}
