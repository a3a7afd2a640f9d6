"""Wild20 truth for xindeng98-s/Own-read-papers-list README: a student's summaries of papers read (robotics, physics + DL).

Shape: topic headings ('### 3. Non-dynamics property perception', '#### 3.1 Location or scene
recognition') each with a prose paragraph, then one '+ [Title.](url) summary ...' bullet per paper
read, the summary (one to several sentences of the reader's own notes) on the same line.  Papers of
Nature Machine Intelligence, Science Robotics (science.org/doi/abs|full/10.1126/...), CVF, NeurIPS,
AIP and arXiv.  Closing paragraphs of 'Thoughts on this part' name no paper.

Entry: every '+ [' bullet, one line each; 59.

Title: the link text, without its closing '.' (a citation separator) and without a year written
after the title inside the link ('... multisensory fusion. 2019', '... 2024', '2025', '2023'); the
text is kept as written otherwise (the run-together words 'forminimal perception onparsimonious',
'Physg' in lower case, doubled spaces collapsed).

Ids: the science.org URLs hold DOIs (10.1126/scirobotics...); nature.com article ids are not DOIs;
six arXiv abs links.

Counts: 59 lines start with '+ [' (grep); no bullet wraps onto a second line (every line after a
bullet is blank, another bullet or a heading).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "xindeng98-s__Own-read-papers-list__README@063a27e.md"
PART = "wild20_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        if not text.startswith("+ "):
            continue
        m = re.match(r"\+ \[([^\]]+)\]\(", text)
        assert m, (i, text)
        title = m.group(1).strip()
        title = re.sub(r"\.?\s+(?:19|20)\d\d$", "", title)  # '... fusion. 2019'
        title = re.sub(r"\.$", "", title)
        papers.append(entry(LINES, i, i, title))
    assert len(papers) == 59, len(papers)
    write_truth(NAME, PART, papers,
                "every '+ [Title.](url) summary' bullet is an entry (one line), title = the link text without its"
                " closing full stop and a year written after it inside the link",
                "all 59 titles by eye against the file; 59 '+ [' lines by grep; no wrapped bullet; the eight"
                " titles with a year inside the link; science.org DOIs, nature.com ids left as no DOI, six arXiv ids")


if __name__ == "__main__":
    main()
