"""Wild19 truth for FYJNEVERFOLLOWS/Paper-Reading-Notes README.md: one student's index of their reading
notes on speech papers (separation, enhancement, localization, diarization, ASR); the notes themselves
are Chinese files ('... 阅读笔记.md').

Shape: topic headings ('#', '##', '###') over '* ' bullets written 'Title [[note]](./folder/file.md)' —
the paper itself is not linked, only the writer's note (two Sound Source Localization bullets add
', Venue, Year' or ', Year' and a '[[paper]](arXiv)' link before the note link).  Under '# Audio Signal
Processing' one record is a plain paragraph, '[Overview] Deep Learning for Audio Signal Processing
[[note]](..)'.  Title = the text before ' [[', with a tag in brackets before it dropped ('[Overview]',
'[FaSNet-TAC]') and a trailing ', Venue, Year' / ', Year' dropped; a nickname written into the title is
kept ('DPTNet: Direct Context-Aware ...'), shortened or abbreviated titles are kept as written ('DOA
estimation for multiple sound sources using CRNN').  Two '### [Post-filter](..)' / '### [Sub-band](..)'
headings link the writer's summary documents: headings, not entries.

Not entries: the four '* TasNet [[note]]()' bullets, template placeholders with an empty note link left
at the end of four sections (two in Single-channel Speech Separation, one each in Speech Enhancement
and Sound Source Localization, where TasNet does not belong).  The repeated bullet 'Real-time binaural
speech separation with preserved spatial cues' (twice in Multi-channel) is two entries.

Counts: 99 '* ' bullets by grep minus 4 placeholders = 95, plus the [Overview] paragraph = 96; per
section: Overview 1, Single-channel 21, Multi-channel 32, Sub-band 2, Speech Enhancement 13, Sound Source
Localization 20, Speaker Diarization 5, ASR 1, Spoken Language Understanding 1 (the file's last line, no
final newline).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "FYJNEVERFOLLOWS__Paper-Reading-Notes__README@2bb797a.md"
PART = "wild19_development"
LINES = read_lines(NAME)


def title_of(text: str) -> str:
    t = text.split(" [[", 1)[0]
    t = re.sub(r"^\[[^\]]+\]\s*", "", t)  # a tag before the title
    t = re.sub(r"(, The Journal of the Acoustical Society of America)?, (19|20)\d\d$", "", t)
    return t.strip()


def main() -> None:
    papers = []
    per: dict[str, int] = {}
    head = None
    for i, text in enumerate(LINES, 1):
        if text.startswith("#"):
            head = text.lstrip("#").strip()
            continue
        if text.startswith(("* ", "[Overview]")):
            body = text.removeprefix("* ")
            assert "[[note]]" in body, i
            if body == "TasNet [[note]]()":
                continue
            papers.append(entry(LINES, i, i, title_of(body)))
            per[head] = per.get(head, 0) + 1
    assert per == {"Audio Signal Processing": 1, "Single-channel Speech Separation": 21,
                   "Multi-channel Speech Separation": 32,
                   "[Sub-band](A%20Gentle%20Summary%20of%20Subband%20methods.md)": 2, "Speech Enhancement": 13,
                   "Sound Source Localization": 20, "Speaker Diarization": 5, "Automatic Speech Recognition": 1,
                   "Spoken Language Understanding": 1}, per
    assert len(papers) == 96
    write_truth(NAME, PART, papers,
                "every '* Title [[note]](..)' bullet (and the '[Overview] ... [[note]]' paragraph) is an entry; title ="
                " the text before ' [[' without a bracketed tag before it or a ', Venue, Year' after it; the four"
                " 'TasNet [[note]]()' placeholders and the two headings linking summary documents are not entries",
                "all 96 entries' titles read against the file; bullets per heading by grep and by eye (1, 21, 32, 2,"
                " 13, 20, 5, 1, 1); the placeholders, the tagged and the venue-carrying bullets")


if __name__ == "__main__":
    main()
