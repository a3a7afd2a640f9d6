"""Wild truth for awslabs/gluonts REFERENCES.md: the group's publications, '* [Title](url), *Authors*, Venue Year'.

Every '* ' bullet under a year heading is an entry (all are papers; Foresight practitioner
articles and the KDD/SIGMOD tutorial papers included, as the list gives them as articles).
Title = the link text, or, for the unlinked bullets, the text before ', *Authors*'.  One bullet
(Anomaly Detection at Scale) wraps its author line onto the next line; both lines are the entry.
Repeated papers (PSA-GAN, Forecasting with trees, ...) are separate entries.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy
from _wild import read_lines, save

NAME = "awslabs__gluonts__REFERENCES@3d05d46.md"
PART = "wild_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("* "):
            continue
        end = i
        if text.rstrip().endswith(",") and lines[i].startswith("*") and not lines[i].startswith("* "):
            end = i + 1  # authors wrapped onto the next line
        body = text[2:]
        m = re.match(r"\[(.+?)\]\(", body)
        title = m.group(1) if m else body.split(", *")[0]
        own = "\n".join(lines[i - 1:end])
        papers.append({"line": i, "end": end, "title": tidy(clean(title)), "arxiv": arxiv_of(own), "doi": doi_of(own)})
    out = {"file": NAME, "part": PART,
           "method": "every '* ' bullet under a year heading is an entry, title = its link text or, unlinked,"
                     " the text before ', *Authors*'",
           "checked": "all 60 bullets of the file (grep of '^* '), the wrapped bullet on lines 53-54, every arXiv/ACM/PLOS link",
           "papers": papers}
    save(out)


if __name__ == "__main__":
    main()
