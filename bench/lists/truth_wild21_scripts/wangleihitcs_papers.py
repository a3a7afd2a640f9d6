"""Wild21 truth for wangleihitcs/Papers README (newest commit): a student's collection of the papers
they read on captioning, VQA, medical report generation, detection and weakly supervised
segmentation, with links to the pdf, code, blogs and their own notes.

Shape: topic headings (``###``/``####``), dash bullets naming a sub-topic (``- CNN-RNN``) or a
dataset (``- NIH Chest X-ray8/14[(download link)](...)``), and under them tab-indented ``*``
bullets, one paper each: ``* **Title**, Authors et al, Venue Year, Lab[(pdf)](url)[(code)](url)``,
or the title in plain text, sometimes after a short name (``YOLO, **You Only Look Once- ...**``,
``PSPNet, Pyramid Scene Parsing Network, ...``, ``SENet：Squeeze-...`` with a full-width colon,
``Transformer：**Attention Is All You Need**``), sometimes with no link at all or a Chinese title.

Entry: every tab-indented ``*`` bullet except three that are not papers: a blog post (line 70,
``[医学报告生成综述](blog)``), a sub-topic label (line 92, ``* Super Resolution``) and a link to
another reading list (line 139).  The dash bullets naming datasets (NIH Chest X-ray8/14, Open-i,
ROCO) are not entries; the dataset papers under them (ChestX-ray8, ROCO) are.  The same paper is
listed twice in a row (lines 57 and 58): two entries.

Title: the bold text when the bullet has one, except where the bold text is only the short name and
the title follows it (``**FPN**, Feature Pyramid ...``, ``**DenseCRF**, Efficient Inference ...``):
there the plain text after the name.  Without bold: the text before the links, a leading short
name (``FCOS, ``, ``PSPNet, ``, ``DSRG, ``, ``SSENet, ``, ``SENet：``) dropped, cut at the first
``, `` that starts the authors or venue; ``YOLO9000- Better, Faster, Stronger`` keeps its commas.

Checks: 78 tab-indented ``*`` bullets by grep minus the 3 non-papers = 75 entries; 31 bullets carry
bold (2 of them bold short names); every title checked by eye against its line.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "wangleihitcs__Papers__README@71762fc.md"
PART = "wild21_development"
NOT_PAPERS = {70, 92, 139}
# bold text is only the short name; the title follows it
BOLD_NICKNAME = {106: "Feature Pyramid Networks for Object Detection",
                 136: "Efficient Inference in Fully Connected CRFs with Gaussian Edge Potentials"}
# a comma inside the title itself
OVERRIDE = {105: "YOLO9000- Better, Faster, Stronger"}
NICK_PREFIX = re.compile(r"^(?:FCOS|PSPNet|DSRG|SSENet), |^SENet：")


def title_of(i: int, text: str) -> str:
    if i in BOLD_NICKNAME:
        return BOLD_NICKNAME[i]
    if i in OVERRIDE:
        return OVERRIDE[i]
    body = re.sub(r"^\t+\* ", "", text)
    body = body.split("[(")[0].strip()
    bold = re.search(r"\*\*(.+?)\*\*", body)
    if bold:
        return bold.group(1).strip()
    body = NICK_PREFIX.sub("", body)
    return body.split(", ")[0].strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bold = 0
    for i, text in enumerate(lines, 1):
        if not re.match(r"^\t+\* ", text) or i in NOT_PAPERS:
            continue
        if "**" in text:
            bold += 1
        papers.append(entry(lines, i, i, title_of(i, text)))
    assert len(papers) == 75, len(papers)
    assert bold == 31, bold
    write_truth(NAME, PART, papers,
                "every tab-indented '*' bullet is an entry except a blog post, a sub-topic label and a link to"
                " another list (75); title = the bold text, or the plain text before the links cut at the first"
                " ', ' with a leading short name dropped; where the bold is only the short name (FPN, DenseCRF)"
                " the title after it",
                "all 75 entries by eye against their lines (bold/plain, short-name prefixes with ',' and full-width"
                " '：', Chinese titles, link-less bullets, the repeated Harzig et al. paper, the dataset bullets"
                " left out and the dataset papers kept)")


if __name__ == "__main__":
    main()
