"""Wild15 truth for zzw922cn/awesome-speech-recognition-speech-synthesis-papers README: topic
sections ('### Text to Audio', '### Automatic Speech Recognition', … '### Interesting papers')
of one-line bullets '- **Title**(year), First Author et al. [[pdf]](url)', mostly separated by
blank lines, some sections packed without blanks.

Entries: every '- **' bullet under a '### ' section.  Two bullets are followed, without a blank
line, by a '<sub><sup>…</sup></sub>' remark of the maintainer (lines 416 and 523); Markdown makes
it a lazy continuation of the item, so it is counted in that entry's lines.  Title = the bold
text (year, authors and the [[pdf]] link follow it).  Not entries: the '## Paper List' contents
links, and two bullets whose subject is a book: line 47 'Connectionist Speech Recognition: A
Hybrid Approach' (Bourlard & Morgan, Kluwer 1994 monograph) and line 345 'Text-to-speech
synthesis' (Taylor 2009, Cambridge University Press, linked to Google Books).  Dataset/corpus
papers (M4Singer, Opencpop), a PhD thesis (line 33), a handbook chapter (line 51, Mohri) and
challenge system descriptions are scholarly works and stay.

Counts (awk per section, bullets): Text to Audio 5, Automatic Speech Recognition 117, Speaker
Verification 21, Voice Conversion 16, Speech Synthesis 119, Language Modelling 10, Confidence
Estimates 9, Music Modelling 18, Interesting papers 8 = 323 bullets, less the two books = 321.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "zzw922cn__awesome-speech-recognition-speech-synthesis-papers__README@883fdde.md"
LINES = read_lines(NAME)

SECTION_COUNTS = {
    "Text to Audio": 5, "Automatic Speech Recognition": 116, "Speaker Verification": 21,
    "Voice Conversion": 16, "Speech Synthesis": 118, "Language Modelling": 10,
    "Confidence Estimates": 9, "Music Modelling": 18, "Interesting papers": 8,
}
BOOKS = {47, 345}  # monographs, not entries
BULLET = re.compile(r"- \*\*([^*]+)\*\* ?\((\d{4})\), ")


def main() -> None:
    papers = []
    per: dict[str, int] = {}
    section = None
    n = len(LINES)
    for i, text in enumerate(LINES, 1):
        if text.startswith("### "):
            section = text[4:].strip()
            continue
        if section is None or not text.startswith("- "):
            continue
        m = BULLET.match(text)
        assert m, (i, text)
        if i in BOOKS:
            continue
        end = i
        if i < n and LINES[i].startswith("<sub><sup>"):
            end = i + 1
        papers.append(entry(LINES, i, end, m.group(1)))
        per[section] = per.get(section, 0) + 1
    assert per == SECTION_COUNTS, per
    assert len(papers) == 321
    assert sum(1 for p in papers if p["end"] > p["line"]) == 2
    write_truth(
        NAME, "wild15_development", papers,
        "every '- **Title**(year), authors [[pdf]](url)' bullet under a '### ' topic section is an entry"
        " (with a directly following '<sub><sup>' remark as its lazy continuation); title = the bold text;"
        " the contents links and two books (lines 47, 345) are not entries",
        "per-section counts by awk (323 bullets, every '- ' bullet after the contents has the bold-title shape,"
        " less 2 books = 321), every pre-2010 bullet checked for books/theses/chapters,"
        " the first and last entries of each section, 30 random titles, the two entries with a remark"
        " line (415-416, 522-523), titles with '&' and all-caps titles by eye",
    )


if __name__ == "__main__":
    main()
