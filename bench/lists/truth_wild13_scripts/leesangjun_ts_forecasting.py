"""Wild13 truth for leesangjun1903/Time-series Forecasting/readme.md: a Korean reader's index of the
time-series forecasting papers summarised in the folder (one Markdown summary per paper beside it).

Shape: '# Time-series' / '# Forecasting', a Korean quote block (with an English translation) on why
forecasting matters, then one bullet per paper with no link: '- Title | 2023 · 1598회 인용' (year, then
Google-Scholar citation count '회 인용' = 'times cited'; the separator after the year is usually '·', three
times '.', twice ','; the last two bullets have the year only), and a closing '## Framework' section with
one more bullet of the same shape.  No URLs anywhere, so no ids.

What is an entry: every bullet (116).  All name one scholarly work: besides the ML papers, a Journal of
Statistical Software article (the R forecast package), the GluonTS JMLR paper, Prophet's 'Forecasting at
Scale' paper, a geophysics encyclopaedia article ('An introduction to full waveform inversion') and the
BAMS article on the THORPEX ensemble.
Title: the text before ' | ' as written, spaces before colons kept ('DeepTCN : ...'); a nickname written
into the title text ('PatchTST : A Time Series is Worth 64 Words', 'Prophet : Forecasting at Scale') is
kept, as the convention says.
Counts: grep -c '^- ' = 116; 115 bullets under '# Forecasting' and 1 under '## Framework'.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "leesangjun1903__Time-series__Forecasting__readme@e96d4f4.md"
PART = "wild13_development"
LINES = read_lines(NAME)

ITEM = re.compile(r"^- (?P<title>.+?) \| (?P<year>20\d\d|19\d\d)(?: [·.,] \d+회 인용)?$")


def main() -> None:
    papers = []
    section = None
    per_section: dict[str, int] = {}
    for i, text in enumerate(LINES, 1):
        if text.startswith("#"):
            section = text
            continue
        if not text.startswith("- "):
            continue
        m = ITEM.match(text)
        assert m, (i, text)
        per_section[section] = per_section.get(section, 0) + 1
        papers.append(entry(LINES, i, i, m.group("title")))
    assert per_section == {"# Forecasting": 115, "## Framework": 1}, per_section
    assert len(papers) == 116
    write_truth(
        NAME,
        PART,
        papers,
        "every '- Title | year · N회 인용' bullet is an entry (no links; all name one paper or article);"
        " title = the text before ' | ' as written",
        "all 116 bullets read against the output; the separators ('·', '.', ',') and the two bullets with a year"
        " only checked; non-ML items (R forecast package JSS article, GluonTS, Prophet, FWI introduction, THORPEX"
        " BAMS article) judged to be articles; the Korean quote block checked to give no entry",
    )


if __name__ == "__main__":
    main()
