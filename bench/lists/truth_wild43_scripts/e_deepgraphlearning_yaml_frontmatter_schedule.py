"""Wild43 truth for DeepGraphLearning/coursewebsite _pages/schedule.md: the schedule page of a graduate deep-learning
course (HEC Montreal, winter 2020: NLP, graph representation learning, recommender systems) whose whole schedule is
a YAML list in the page's front matter; the Markdown body only holds a Liquid loop that renders it as an HTML table.

Shape (243 lines and a final newline): front matter lines 1-188.  "schedule:" holds one "  - date: ..." item per
week (13, and two more weeks commented out with "#" at 184-187); each week has "topics" (lecture slides on
Dropbox, or a bare string such as "Q & A for Projects"), "readings", "presentations" and "homeworks", each a YAML
list of "- name: X" lines followed by an indented "url: ..." line (the "Deep Learning Book" heading items have no
url).  The body (189-243): "Schedule" setext heading, an HTML comment of important dates, a reference-style link to
a Google spreadsheet, and the Liquid template table.

Decisions:
- Entry = each "- name:"/"url:" pair under "readings:" or "presentations:" whose link is a scholarly paper (arXiv,
  NeurIPS proceedings, ACL Anthology, an author's PDF of a conference paper); lines = the name line and its url
  line (32 entries).  The SQuAD and GLUE items are datasets/benchmarks linked to their papers (arXiv), so entries.
- Not entries: "Deep Learning Book" and its "Chap. N" items (a textbook), "Python Numpy Tutorial" (tutorial),
  "Neural Network from Scratch" (Medium blog post), "Dive into Deep Learning" (a GitHub code repo of a book),
  every "topics" item (lecture slides), every "homeworks" item (instructions, Colab, Kaggle), the commented-out
  weeks, and everything in the body (no paper is named there).
- Title: the "name" is a short label the course gives each reading, almost always a nickname ("ResNet", "GRU",
  "Word2Vec", "Seq2Seq", "BERT", "DeepWalk", "NCF") or a description ("CNN for sentence classification",
  "Attention Seq2Seq", "RNN-based recommendations", "Graph Convolutional Networks" for 1609.02907 "Semi-Supervised
  Classification with ...", "Memory Networks" for 1503.08895 "End-To-End Memory Networks", "Bayesian Personalized
  Ranking" for "BPR: Bayesian Personalized Ranking from Implicit Feedback") -> title null.  Two labels are the
  paper's full title as published and are kept: "Graph Attention Networks" (1710.10903) and "Factorization
  Machines" (Rendle 2010, the linked PDF).
- Ids: arXiv from the arXiv abs URLs (26 entries); no DOIs are written.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "DeepGraphLearning__coursewebsite___pages__schedule@dc99814.md"
PART = "wild43_development"

SECTION = re.compile(r"^\s+(?P<key>topics|readings|presentations|homeworks):\s*(?P<rest>.*)$")
WEEK = re.compile(r"^  - date: ")
ITEM = re.compile(r"^\s+- name: (?P<name>.+?)\s*$")
URL = re.compile(r"^\s+url: (?P<url>\S*)\s*$")
NOT_PAPERS = {
    "Deep Learning Book",
    "Chap. 2", "Chap. 3", "Chap. 5", "Chap. 6", "Chap. 7", "Chap. 8", "Chap. 9", "Chap. 10",
    "Python Numpy Tutorial",
    "Neural Network from Scratch",
    "Dive into Deep Learning",
}
TITLED = {"Graph Attention Networks", "Factorization Machines"}


def main() -> None:
    lines = read_lines(NAME)
    end_fm = lines.index("---", 1) + 1  # 1-based line of the closing '---'
    assert end_fm == 188, end_fm
    papers = []
    section = None
    skipped = []
    for n in range(2, end_fm):
        text = lines[n - 1]
        if WEEK.match(text):
            section = None
            continue
        s = SECTION.match(text)
        if s:
            section = s.group("key")
            continue
        m = ITEM.match(text)
        if not m:
            continue
        name = m.group("name")
        has_url = n < len(lines) and URL.match(lines[n])
        last = n + 1 if has_url else n
        if section not in ("readings", "presentations"):
            continue
        if name in NOT_PAPERS:
            skipped.append(name)
            continue
        assert has_url, (n, name)
        papers.append(entry(lines, n, last, name if name in TITLED else None))
    assert len(skipped) == 14, skipped
    assert len(papers) == 32, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- name:'/'url:' pair under 'readings:' or 'presentations:' in the YAML front matter that links a paper is"
        " an entry on its two lines; the textbook chapters, a tutorial, a blog post and a code repo are not, nor are"
        " lecture slides, homeworks, commented-out weeks or the Liquid body; titles are null for the course's"
        " nickname labels and kept for the two labels that are the papers' own titles (32).",
        "Whole file read (243 lines) against the -v output: all 13 weeks' readings and presentations, the 14 skipped"
        " items (Deep Learning Book and chapters 16-34 and 51-55, tutorial/blog/repo 40-45), the week with a bare"
        " 'topics:' string (169), the commented-out weeks (184-187), the non-arXiv links (NIPS 76/111, ACL 79,"
        " collobert.com 93, ericdongyx.github.io 140, Rendle PDF 174), the two titled labels (150, 173), and that the"
        " body (189-243) names no paper.",
    )


if __name__ == "__main__":
    main()
