"""Wild8 truth for hoya012/awesome-anomaly-detection README: '- Title | **[Venue' YY]** | [`[pdf]`](url) | [`[code]`](url)' bullets, title as plain text before a pipe.

Shape: prose introduction with images, '## Survey Paper', a table of contents, then sections
Time-series, Video-level and Image-level ('###' One Class Classification, Out-of-Distribution,
Unsupervised Anomaly Segmentation).  Each paper is one '- ' bullet (one at line 46 indented by a
space): plain title, ' | ', a bold bracketed venue tag, ' | ' and backticked '[pdf]'/'[link]'/
'[code]' links; some bullets have only the venue tag, one has only a code link ('Under Review'),
two have no pipe between venue and link.

Entries: every '- ' bullet from '## Survey Paper' to the end of the Unsupervised Anomaly
Segmentation section, the table of contents and the Contact links excepted.  Title = the text
before the first '|', with the list's bracketed nickname tags dropped ('[**ALOCC**]',
'[**ODIN**]', '[**AnoGAN**]' before the title, '[**OC-SVM**]' after it).  A thesis (line 44), a
tech report, a dataset paper (MVTec AD) and surveys are entries; 'Classification-Based Anomaly
Detection for General Data' (lines 113 and 119), 'CSI' (124 and 160) and 'Multiresolution
Knowledge Distillation' (131 and 193) are listed twice and are two entries each.  The inline
citation in the introduction prose is not an entry.

Checks: bullets per section by grep: Survey 5, Time-series 14, Video 19, One Class 50, OOD 27,
Segmentation 30 = 145.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "hoya012__awesome-anomaly-detection__README@158dcb3.md"
COUNTS = {"Survey Paper": 5, "Time-series anomaly detection": 14, "Video-level anomaly detection": 19,
          "One Class (Anomaly) Classification target": 50, "Out-of-Distribution(OOD) Detection target": 27,
          "Unsupervised Anomaly Segmentation target": 30}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = ""
    per: dict[str, int] = {}
    for i, text in enumerate(lines, 1):
        m = re.match(r"#{2,3} (.+?)(?: \*\*\(need to survey more\.\.\)\*\*)?\s*$", text)
        if m:
            section = m.group(1)
            continue
        if section not in COUNTS or not re.match(r" ?- ", text):
            continue
        title = text.strip()[2:].split("|")[0]
        title = re.sub(r"\[\*\*[^*\]]+\*\*\]", "", title).strip()
        papers.append(entry(lines, i, i, title))
        per[section] = per.get(section, 0) + 1
    assert per == COUNTS, per
    assert len(papers) == 145
    write_truth(NAME, "wild8_development", papers,
                "every '- Title | **[Venue]** | [pdf]' bullet of the survey and paper sections is an entry; title = the"
                " text before the first '|' without the list's bracketed bold nickname tags",
                "bullets per section counted by grep (5/14/19/50/27/30); every entry with a nickname tag, a tab before"
                " the pipe, no link, no pipe after the venue, the indented bullet at 46, the repeated papers, the"
                " arXiv /ftp/ and /abs/...v2 forms, the ACM and Wiley (epdf) DOIs, and 25 other entries read against"
                " their lines")


if __name__ == "__main__":
    main()
