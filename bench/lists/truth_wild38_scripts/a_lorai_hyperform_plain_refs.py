"""Wild38 truth for lor-ai/HyperForm _docs/_notes/_hyperform_original_notes/REFERENCES.md: the reading
list of a one-person project on hyperdimensional computing / vector-symbolic architectures and
hypergraph learning ("Research / Framework References").  The file was REFERENCES.md at the root and
was moved into ``_docs/_notes/_hyperform_original_notes/`` (an identical copy sits in
``_docs/_backups/_backup_v3/_notes/``); taken from the newest commit at the notes path.

Shape: plain text without any Markdown markup after a ``##`` heading: each reference is a paragraph
(records separated by blank lines) of the title, hard-wrapped over one to three lines, ending in
`` (YEAR)``, and a bare URL on the last line (arXiv PDF/abs, CVF, Frontiers, NSF PAR, PMLR).  Each
paragraph is one entry spanning its lines; the title is the text before `` (YEAR)`` with the wrapped
lines joined by a space.  Decisions:
- Titles are kept as written: the truncated ``PathRAG: Pruning Graph-based Retrieval Aug`` (22) and the
  all-caps FFN Fusion title (89-90).
- Torchhd (41-44) is the JMLR paper about the library, cited as a paper: an entry.
- The same paper twice (38/55 holographic adaptive encoder, 29/58 interpretable logic rules) gives
  separate entries.
- Ids: arXiv ids from the arxiv.org URLs (version dropped); DOIs from the frontiersin.org URLs
  (``10.3389/frai.2024.1371988``, ``10.3389/fnins.2022.757125``, ``/full`` dropped); the NSF PAR
  purl (69), PMLR (73) and CVF (36) URLs give none.
27 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "lor-ai__HyperForm___docs___notes___hyperform_original_notes__REFERENCES@221c8d3.md"
PART = "wild38_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    i = 2  # line 1 is the heading; records follow it directly
    while i <= len(lines):
        if not lines[i - 1].strip():
            i += 1
            continue
        s = i
        while i <= len(lines) and lines[i - 1].strip():
            i += 1
        e = i - 1
        assert lines[e - 1].startswith("http"), (s, e)
        text = " ".join(ln.strip() for ln in lines[s - 1 : e - 1])
        m = re.fullmatch(r"(.+?) \((\d{4})\)", text)
        assert m, (s, text)
        papers.append(entry(lines, s, e, m.group(1)))
    assert len(papers) == 27, len(papers)
    write_truth(NAME, PART, papers,
                "Each blank-line-separated plain-text paragraph 'Title (YEAR)' + bare URL is one entry (spanning its lines), title = the text before ' (YEAR)' with hard-wrapped lines joined; the heading is not an entry.",
                "Whole file read (92 lines): all 27 paragraphs' spans and titles against the -v output, incl. the wrapped titles (5-6, 9-10, 25-26, 41-43, 67-68, 71-72, 75-77, 89-90), the record right under the heading (2-3), the truncated PathRAG title, the two duplicated papers (38/55, 29/58), and the ids: 21 arXiv ids (v1 suffixes dropped on 17, 27), 3 Frontiers DOIs (39, 47, 56), none for the CVF, NSF PAR and PMLR URLs.")


if __name__ == "__main__":
    main()
