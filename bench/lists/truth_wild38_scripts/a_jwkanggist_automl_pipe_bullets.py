"""Wild38 truth for jwkanggist/automl-papers-in-practice README.md: a researcher's small reading list
for an "AutoML papers in practice" study group (noisy labels, adversarial ML, memorization, curriculum
learning, loss-based noisy supervision, meta-learning, deep ensembles, active learning, data
profiling), newest commit (2020).

Shape: ``##``/``#####``/``######`` headings; each paper is a bullet of pipe-separated fields
``- YEAR | Title | Authors | Venue | [`PDF`](url)`` (fields missing in places: no venue on 16, no
authors on 31, a bare ``- 2017 | Learning Active Learning from Data`` on 65, a record cut off after
``| J`` on 40, a named link ``[LREC 2012 proceeding](url)`` on 91).  Each uncommented bullet is one
entry on its own line; the title is the second field.  Decisions:
- Bullets inside HTML comments (``<!--- 2019 | ... -->``, 32-33, 41-42, and the commented-out
  Hyperparameter Optimization / Model Ensemble / Intent / Backdoor / Fairness sections 67-110, incl.
  a blog post on 70) are not rendered: not entries.
- 63 and 64 list the same technical report (Settles' Active Learning Literature Survey) by chapters:
  two records, two entries; the `` - Chap1,2`` / `` - Chap3`` chapter labels are dropped from the title.
- The ``(DeepMind)`` tag before the title on 58 is dropped.
- The Acknowledgement table (116-118) and contact bullet (123) are not entries.
- Ids: arXiv ids from the arxiv.org links; no DOIs are written (the aclweb anthology URL on 49 is not
  a DOI).
31 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "jwkanggist__automl-papers-in-practice__README@de1311c.md"
PART = "wild38_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not re.match(r"^- \d{4} \|", ln):
            continue  # commented-out records start with '<!---'
        title = ln.split("|")[1].strip()
        title = re.sub(r"^\(DeepMind\) ", "", title)
        title = re.sub(r" - Chap[\d,]+$", "", title)
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 31, len(papers)
    write_truth(NAME, PART, papers,
                "Each uncommented '- YEAR | Title | Authors | Venue | [PDF](url)' bullet is an entry, title = second pipe field ('(DeepMind)' tag and ' - ChapN' labels dropped); bullets inside HTML comments, the acknowledgement table and contact line are not entries.",
                "Whole file read (125 lines): all 31 uncommented bullets' titles against the -v output, the 14 commented-out bullets (32-33, 41-42, 70, 74, 78, 82, 88, 97, 101-102, 107, 110) left out, records with missing fields (16, 31, 40 cut off, 65 bare, 91 named link), the two chapter records 63/64, the (DeepMind) tag 58, and the arXiv ids (19) against the links.")


if __name__ == "__main__":
    main()
