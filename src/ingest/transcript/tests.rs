//! Tests of the transcript reader: invented exports of several services
//! and languages, and look-alikes read as before.

use super::*;
use crate::ingest::testkit::{removed_as, texts};

#[test]
fn otter_labels_over_each_block_and_its_note_under_them() {
    let text = "Speaker 1  0:00  \nGood morning, this is the council's weekly briefing.\n\n\
        Speaker 2  0:12  \nThe reservoir is at 61 per cent, down four points since March.\n\n\
        Speaker 2  0:31  \nWe are asking households to cut use by a tenth.\n\n\
        Speaker 1  1:02:03  \nThank you. Questions next week.\n\n\n\nTranscribed by https://otter.ai\n";
    let sp = read(text).expect("a transcript");
    assert_eq!(
        texts(&sp),
        [
            "Good morning, this is the council's weekly briefing.",
            "The reservoir is at 61 per cent, down four points since March.",
            "We are asking households to cut use by a tenth.",
            "Thank you. Questions next week."
        ]
    );
    assert_eq!(sp.paragraphs[1].lines, [5, 5]);
    assert_eq!(
        removed_as(&sp, Reason::Speaker),
        [
            "Speaker 1  0:00",
            "Speaker 2  0:12",
            "Speaker 2  0:31",
            "Speaker 1  1:02:03"
        ]
    );
    assert_eq!(
        removed_as(&sp, Reason::Transcriber),
        ["Transcribed by https://otter.ai"]
    );
    assert_eq!(sp.title, None);
}

#[test]
fn rev_descript_trint_and_sonix_labels() {
    let rev = "Ana Souza (00:00):\nBom dia a todos.\n\nCarlos Lima (00:04):\nO orçamento foi aprovado ontem.\n\nAna Souza (00:09):\nE agora, o que muda?\n";
    let descript = "[00:00:00] Ana Souza: Bom dia a todos.\n\n[00:00:04] Carlos Lima: O orçamento foi aprovado ontem.\n\n[00:00:09] Ana Souza: E agora, o que muda?\n";
    let trint = "[00:00:00] Ana Souza\nBom dia a todos.\n\n[00:00:04] Carlos Lima\nO orçamento foi aprovado ontem.\n\n[00:00:09] Ana Souza\nE agora, o que muda?\n";
    let sonix = "Ana Souza: [00:00:00] Bom dia a todos.\n\nCarlos Lima: [00:00:04] O orçamento foi aprovado ontem.\n\nAna Souza: [00:00:09] E agora, o que muda?\n";
    for text in [rev, descript, trint, sonix] {
        let sp = read(text).expect(text);
        assert_eq!(
            texts(&sp),
            [
                "Bom dia a todos.",
                "O orçamento foi aprovado ontem.",
                "E agora, o que muda?"
            ],
            "{text}"
        );
        assert_eq!(removed_as(&sp, Reason::Speaker).len(), 3, "{text}");
    }
}

#[test]
fn a_video_sites_times_over_stretches_of_words_run_on() {
    let text = "0:00\nthe new tram line opens\n0:03\nin the spring and will\n0:06\nlink the station to the harbour.\n0:09\nTickets go on sale in May.\n";
    let sp = read(text).expect("a transcript");
    assert_eq!(
        texts(&sp),
        [
            "the new tram line opens in the spring and will link the station to the harbour.",
            "Tickets go on sale in May."
        ]
    );
}

#[test]
fn an_audio_edition_frames_the_article_read_out() {
    let text = "Speaker 1  0:00  \nYou're listening to the Valley Courier. This story was written by Mara Quinn and Tom Reyes and published on Friday, June 4, 2027.\n\n\
        Speaker 2  0:10  \nFerry fares to rise for the first time in a decade.\n\n\
        Speaker 2  0:15  \nThe operator said on Thursday that fares on the island route would rise by 8 per cent from July.\n\n\
        Speaker 2  0:27  \nCommuters' groups said the rise would hit shift workers hardest, and asked the county to step in with a discount card.\n\n\
        Speaker 2  0:36  \nThe county will decide on the card when its transport committee meets in August.\n\n\
        Speaker 1  0:44  \nThis has been an audio edition of the Valley Courier.\n";
    let sp = read(text).expect("a transcript");
    assert_eq!(
        sp.title.as_deref(),
        Some("Ferry fares to rise for the first time in a decade")
    );
    assert_eq!(sp.writers, ["Mara Quinn", "Tom Reyes"]);
    assert_eq!(sp.date, chrono::NaiveDate::from_ymd_opt(2027, 6, 4));
    assert_eq!(texts(&sp).len(), 3);
    assert!(texts(&sp)[0].starts_with("The operator said"));
    assert_eq!(
        removed_as(&sp, Reason::Audio),
        ["This has been an audio edition of the Valley Courier."]
    );
}

#[test]
fn a_podcasts_host_and_an_interviews_questions_are_kept() {
    let text = "Host  0:00  \nYou're listening to City Talk. Today: the housing plan.\n\n\
        Guest  0:06  \nThanks for having me.\n\n\
        Guest  0:09  \nThe plan adds four thousand homes over ten years, most of them on land the city already owns near the ring road.\n\n\
        Host  0:30  \nThanks for coming in.\n";
    let sp = read(text).expect("a transcript");
    assert_eq!(sp.title, None);
    assert_eq!(texts(&sp).len(), 4);
    assert!(sp.removed.iter().all(|r| r.reason == Reason::Speaker));
}

#[test]
fn a_reporters_label_names_the_writer() {
    let text = "Anchor  0:00  \nOur correspondent reports from the port.\n\n\
        Lena Berg, correspondent  0:05  \nThe cranes have been still since Monday.\n\n\
        Dock worker  0:20  \nWe want a fair deal, nothing more.\n";
    let sp = read(text).expect("a transcript");
    assert_eq!(sp.writers, ["Lena Berg"]);
}

#[test]
fn times_in_articles_chats_and_interviews_are_no_labels() {
    for text in [
        // An article quoting times.
        "At 10:30, the minister said the vote would go ahead.\nBy 11:15 the chamber was full.\nThe result came at 12:05.\n",
        // A schedule: clock times, not a recording's.
        "Opening  9:00\nKeynote by the mayor on the budget\nPanel  9:45\nThree councillors on the new tram line\nLunch  12:30\nServed in the hall for all guests\n",
        // An interview as questions and answers.
        "Q: When did the works start?\nA: In March, at 7:00 every morning.\nQ: And when do they end?\nA: In June.\n",
        // Chat exports (see the chat reader).
        "Priya Raman  [9:14 AM]\nflagging this\nTom Kessler  [9:20 AM]\nthanks!\nPriya Raman  [9:22 AM]\nnot in this round\n",
        "[09:12] Ruiz Ortega, Javier\nbuenos días\n[09:15] Castaño, Iñigo\nhola\n[09:20] Ruiz Ortega, Javier\nvale\n",
        "15/02/2025, 07:51 - Wanjiku M.: Hello\n15/02/2025, 07:52 - Kamau J.: hi\n15/02/2025, 07:53 - Wanjiku M.: ok\n",
        // Race results: a time over each name.
        "Results\n2:03\nSmith\n2:05\nJones\n2:09\nOkafor\n",
        // Times going back.
        "Speaker 1  0:40\nWe start here today.\nSpeaker 2  0:10\nAnd we go on from there.\nSpeaker 1  0:20\nThen it is done now.\n",
    ] {
        assert!(read(text).is_none(), "{text}");
    }
}

#[test]
fn labels_read_as_their_service_writes_them() {
    let l = |s: &str| label(s).map(|l| (l.form, l.speaker, l.secs));
    assert_eq!(
        l("Speaker 1  0:03"),
        Some((Form::NameTime, Some("Speaker 1".into()), 3))
    );
    assert_eq!(
        l("김민수  1:02:03"),
        Some((Form::NameTime, Some("김민수".into()), 3723))
    );
    assert_eq!(
        l("Dr. Ravi Menon (01:05):"),
        Some((Form::NameParen, Some("Dr. Ravi Menon".into()), 65))
    );
    assert_eq!(
        l("[00:01:05.20] - Speaker 2"),
        Some((Form::TimeFirst, Some("Speaker 2".into()), 65))
    );
    assert_eq!(
        l("[00:01:05] and so we went on"),
        Some((Form::TimeFirst, None, 65))
    );
    assert_eq!(l("the meeting ended 1:05"), None);
}
