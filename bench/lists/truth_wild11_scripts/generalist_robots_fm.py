"""Wild11 truth for JeffreyYH/Awesome-Generalist-Robots-via-Foundation-Models README: a survey companion
(robotics foundation models), '- Nickname **Title**, date, [paper link](url)' bullets under taxonomy headings.

Shape: one bullet per paper under '##'/'###'/'####' taxonomy headings (Generalist Robotic Foundation
Models, FM-empowered modules, training data generation, world modeling, then 'Related Surveys and
repositories').  Most bullets put the method's short name before the bold title ('RT-2 **RT-2: ...**',
'NLMap **Open-vocabulary ...**', 'VLP: **Video Language Planning**', once with no space before the bold:
'Conditional Behavior Transformers (C-BeT)**From Play to Policy: ...**'); some have no short name.

Entries: every top-level '- ' bullet with a bold title from the '## Generalist Robotic Foundation Models'
heading to the end of 'Foundation models and robotics' (before '## BibTex'), the related surveys
included; title = the bold text (the short name before it is dropped).  The two GEN-0/GEN-1 bullets link a
company 'report' page and are kept as technical reports; RoboTool links only a project page and is kept.
Not entries: the Awesome-LLM-Robotics bullet ('[repo link]', a repository), the two table-of-contents
bullets at the top, the survey's own link in the intro prose and its BibTeX, and the eleven bullets hidden
in HTML comments (ten whole '<!-- - ... -->' lines and one comment after the LILAC bullet on the same
line), which do not render.  RoCo's link nests a Markdown link inside the URL; its first arXiv id counts.

Count checks: 117 '- ' bullets between the heading and '## BibTex' less the repository bullet = 116;
127 '... link' labels in the file less the 11 commented ones = 116.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "JeffreyYH__Awesome-Generalist-Robots-via-Foundation-Models__README@f679e1d.md"
PART = "wild11_development"


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Generalist Robotic Foundation Models") + 1
    stop = lines.index("## BibTex") + 1
    papers = []
    repos = 0
    for i in range(start, stop):
        text = lines[i - 1]
        if not text.startswith("- "):
            continue
        if "[repo link]" in text:
            repos += 1
            continue
        visible = re.sub(r"<!--.*?-->", "", text)
        m = re.match(r"- [^*]*\*\*(.+?)\*\*", visible)
        assert m, (i, text)
        papers.append(entry(lines, i, i, m.group(1)))
    assert repos == 1
    assert len(papers) == 116, len(papers)
    labels = sum(len(re.findall(r"(?:paper|Paper|report|project|paoer) (?:link|Link)", ln)) for ln in lines)
    hidden = sum(len(re.findall(r"<!--.*?-->", ln)) for ln in lines)
    assert labels - hidden == 116, (labels, hidden)
    write_truth(NAME, PART, papers,
                "every top-level '- ' bullet with a bold title from '## Generalist Robotic Foundation Models' to"
                " '## BibTex' (related surveys included) is an entry, title = the bold text without the short name"
                " before it; the repository bullet, the TOC bullets, the list's own BibTeX and the bullets inside"
                " HTML comments are not entries",
                "all 116 entries read against the file by eye (titles, the short-name-less bullets, 'VLP:' and the"
                " '(C-BeT)**' bullet, the LILAC line with a trailing comment, RoCo's nested link, GEN-0/GEN-1 report"
                " links); counts: 117 bullets less 1 repository, and 127 link labels less 11 commented = 116")


if __name__ == "__main__":
    main()
