"""Wild30 truth for chenhaoxing/Awesome-AI-Generated-Video-Detection README.md: a paper list on detecting
AI-generated (and deepfake) videos.

Shape: four Markdown pipe tables.  Survey (line 17): ``| [Title](url) | Venue | Year |``.  Dataset
(lines 24-31): ``| DatasetName | [Title](url) | Venue | Year | Task |`` -- each row names the dataset and
links the paper that introduced it, so each row is an entry whose title is the linked paper title (not
the dataset name).  Papers (lines 47-70): ``| [Title](url) | Venue | Year | Task | Insights | Code |``.
Competition (lines 38-39) names challenges, not papers: not entries.  Each entry is its one table line.
Special cases: the same paper appears both in the Dataset table and in the Papers table (BusterX++,
IVY-FAKE, GenVidBench, DeMamba, Distinguish Any Fake Videos, ActivityForensics): separate entries; line 47's
code cell is a mangled nested link ``[Code]([https://...](https://...))`` after the title; line 50's title
is written in capitals and kept as written.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "chenhaoxing__Awesome-AI-Generated-Video-Detection__README@d6e5f0f.md"
PART = "wild30_development"
LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    for i, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            section = ln[3:].strip()
            continue
        if section not in {"Survey", "Dataset", "Papers"} or not ln.startswith("|"):
            continue
        m = LINK.search(ln)
        if not m:
            continue  # header and separator rows
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 33, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the Survey, Dataset and Papers pipe tables is one paper (dataset rows by the paper they link); title = the first link text of the row; competition rows are not papers.",
        "All 33 rows checked by eye against the file (titles, ids, repeated papers across tables, the mangled code link on line 47).",
    )


if __name__ == "__main__":
    main()
