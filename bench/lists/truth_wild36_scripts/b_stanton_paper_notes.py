"""Wild36 truth for stanton119/data-analysis paper_list.md: a data scientist's personal paper notes
("Summaries of random papers"), one section per paper, added over 2019-2025.

Shape: "# Paper list" and a one-line intro (lines 1-2), then one "### " heading per record (27
headings, lines 4-337).  Under each heading: a bare URL line (arXiv abs/pdf, ACM DL, PMLR, one blog),
sometimes a "Read YYYY/MM" line, then nested "*" bullets of notes (summary, method, results, thoughts,
code links).  An entry runs from its heading to the last non-blank line before the next heading.
Title = the heading text, with the publication year the later headings append in brackets
("ADAM: A Method For Stochastic Optimization [2015]", line 216 on) dropped.  Decisions:
- Line 4 "### Curveball" is a nickname; the paper's title is written on the first note bullet,
  line 6 ("Small steps and giant leaps: Minimal Newton solvers for Deep Learning"), which is taken as
  the title.
- Line 64 "### Galaxy Zoo: Classifying Galaxies with Crowdsourcing and Active Learning" links a
  TensorFlow blog post (line 65) and summarises it: a blog post, not an entry (26 entries remain).
- Links inside the notes (the BitNet arXiv link on line 182 under the 1.58-bit LLM entry, the code
  page on line 172) do not make entries; the entry's id is the first one its lines give (the URL line).
- arXiv ids come from abs/pdf URLs (versions dropped, "http://arxiv.org/pdf/2106.03819" included);
  DOIs from the two ACM DL URLs (lines 249, 255); the PMLR page (line 317) gives no id.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import entry, read_lines, write_truth

NAME = "stanton119__data-analysis__paper_list@e73c214.md"
PART = "wild36_development"

NOT_PAPERS = {64}  # TensorFlow blog post
TITLE_LINE = {4: 6}  # nickname heading -> title on the first note bullet


def main() -> None:
    lines = read_lines(NAME)
    heads = [n for n, t in enumerate(lines, 1) if t.startswith("### ")]
    papers = []
    for i, h in enumerate(heads):
        stop = heads[i + 1] - 1 if i + 1 < len(heads) else len(lines)
        end = h
        for j in range(h + 1, stop + 1):
            if lines[j - 1].strip():
                end = j
        if h in NOT_PAPERS:
            continue
        if h in TITLE_LINE:
            title = lines[TITLE_LINE[h] - 1].lstrip("* ").strip()
        else:
            title = re.sub(r"\s*\[\d{4}\]\s*$", "", lines[h - 1][4:].strip())
        papers.append(entry(lines, h, end, title))
    assert len(papers) == 26, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each ### heading is one paper running to its last non-blank line before the next heading; "
        "title = heading text without the bracketed year; the 'Curveball' nickname heading takes the title "
        "from its first bullet; the heading that summarises a TensorFlow blog post is not an entry.",
        "All 346 lines read by eye against the -v output: every heading's title and extent, the nickname "
        "(line 4/6), the blog record (line 64) left out, the bracketed years dropped (lines 216-337), the "
        "inner BitNet link (line 182) not taken as the id, both ACM DOIs and the id-less PMLR page.",
    )


if __name__ == "__main__":
    main()
