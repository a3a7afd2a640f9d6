"""Wild43 truth for csc413-uoft/2021 _contents/05-calendar.md: the calendar of the University of Toronto course
CSC413/2516 "Neural Networks and Deep Learning" (winter 2021): one Markdown table row per lecture or tutorial whose
last cell, "Suggested Readings", names Roger Grosse's lecture notes and, from lecture 4 on, "Related papers: [A](url),
[B](url), ...".

Shape (37 lines and a final newline): 7 lines of YAML front matter, a paragraph, the table header (11-12) and 25
rows (13-37): "| **Lecture&nbsp;N**| date | topic | [Slides](...) | readings", "| *Tutorial&nbsp;N* | ... |"
(notebooks, Colab, tutorial slides), and three rows with no readings (Midterm Quiz, Reading Week, lecture 12).
Special cases: several papers in one cell, comma-separated, after "Roger Grosse's notes: [...](...)" links to
course-note PDFs; one cell with no "." before "Related papers:" (25); ResNet cited in two rows (25, 27) and RealNVP
in two (31, 33); papers linked on arXiv (abs and pdf), NIPS proceedings, CVF, a JKU page, course-hosted PDFs
("assets/readings/lecun-98.pdf") and other hosts (Berkeley, utexas.edu, UCL Discovery).

Decisions:
- Entry = each link after "Related papers:" in a row's readings cell (26 entries, on the row's line).  A row
  naming several papers gives one entry per paper; repeated papers in two rows are separate entries.
- Not entries: Roger Grosse's notes (course lecture notes), slides, notebooks, Colab and tutorial links.
- Title: the link text when it gives the paper's title, kept as written even with a slip ("Sanity Check for
  Saliency Maps" for "... Checks ...", "Policy Gradients for Robotics" for "Policy Gradient Methods for Robotics",
  "Proximal Policy Optimization Algorithm" for "... Algorithms", "Generative adversarial networks" for the NIPS
  "Generative Adversarial Nets" = arXiv "... Networks"), or its main part before the colon ("Show, attend and
  tell"), and "Towards a rigorous science of interpretable machine learning".  Null when the link text is a model
  nickname or a description: "Yann LeCun's 1998 LeNet", AlexNet, SmoothGrad, Dropout, ResNet (x2), LSTM, "Neural
  machine translation" (a truncated description of "Neural Machine Translation by Jointly Learning to Align and
  Translate"), Transformers, "BERT pre-training", PixelRNNs, WaveNet, PixelCNNs, CycleGANs, RealNVP (x2),
  "Variational Auto-encoder", "Deep Q Network", AlphaGo, AlphaZero (20 null, 6 titled).
- Ids: each entry's own link gives its id (the row's line holds several links, so the id is taken from the link,
  not the first id of the line): arXiv from the arXiv abs/pdf links (15); no DOIs are written.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "csc413-uoft__2021___contents__05-calendar@b7ce057.md"
PART = "wild43_development"

ROW = re.compile(r"^\| \*\*Lecture&nbsp;\d+\*\* ?\|")
LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<url>[^)\s]+)\)")
TITLED = {
    "Sanity Check for Saliency Maps",
    "Towards a rigorous science of interpretable machine learning",
    "Show, attend and tell",
    "Generative adversarial networks",
    "Policy Gradients for Robotics",
    "Proximal Policy Optimization Algorithm",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = 0
    for n, text in enumerate(lines, 1):
        if "Related papers:" not in text:
            continue
        assert ROW.match(text), (n, text)
        rows += 1
        cell = text.rsplit("|", 1)[-1]
        related = cell.split("Related papers:", 1)[1]
        for m in LINK.finditer(related):
            name = m.group("text")
            paper = entry(lines, n, n, name if name in TITLED else None)
            # several papers share the row's line: each takes the id of its own link, not the row's first
            paper["arxiv"], paper["doi"] = arxiv_of(m.group("url")), doi_of(m.group("url"))
            papers.append(paper)
    assert rows == 8, rows
    assert sum(1 for p in papers if p["title"]) == len(TITLED), [p["title"] for p in papers]
    assert len(papers) == 26, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each link after 'Related papers:' in a lecture row's readings cell is an entry on that row's line (several per"
        " row, repeats kept); Roger Grosse's course notes, slides, notebooks and Colab links are not; title = the"
        " link text when it gives the paper's title (slips kept as written, or the main title before the colon),"
        " null for model nicknames and descriptions (26).",
        "Whole file read (37 lines) against the -v output: the 8 rows with 'Related papers:' (19, 21, 25, 27, 29, 31,"
        " 33, 35) and every link in them, Grosse's notes before them (13-27) left out, tutorial rows (14-36) and"
        " the empty rows (22, 24, 37), the row without '.' before 'Related papers:' (25), the repeats (ResNet 25/27,"
        " RealNVP 31/33), each link text judged title or nickname against the linked paper, arXiv ids from abs and"
        " pdf URLs.",
    )


if __name__ == "__main__":
    main()
