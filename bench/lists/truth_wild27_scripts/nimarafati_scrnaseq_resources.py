"""Wild27 truth for nimarafati/My_Toolbox scRNASeq/Resources.md: a personal single-cell biology reading/to-do list.

Shape: three '# ' headings (Integration, Spatial/scRNASeq, Sample level analysis); every record is a
GitHub task-list bullet '- [ ] ' holding one Markdown link '[Text](url)' (papers, tools and web
pages mixed, no authors, venues or years), blank lines here and there.  Special records: lines 4-5
are one bullet whose link text is wrapped before its closing bracket ('...sequencing data\\n](url)');
line 13 is a bare bioRxiv URL with no link text (an entry with title null, DOI from the URL);
line 8 names a paper by its title ('Cross-species cell-type assignment ... graph neural network')
but links to its code on GitHub: counted as an entry, since the record names the scholarly work.
Title = the link text (line break inside collapsed).
Not entries (tools and web resources, NOT_ENTRIES): 15 bioimage model zoo site, 18 ai4life site,
21 Seurat, 22 SingleCellExperiment, 23 Monocle, 24 Scanpy, 30 a Giotto workshop page, 33 Patpy,
34 GloScope, 35 scPoli_reproduce code.  Ids: a DOI where the URL writes one (BMC, bioRxiv incl. the
bare URL of line 13, frontiers); Nature article ids and ScienceDirect pii are not DOIs; no arXiv ids.
Count check: 26 bullets, 10 not entries -> 16 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "nimarafati__My_Toolbox__scRNASeq__Resources@4ee9d88.md"
PART = "wild27_development"
NOT_ENTRIES = {15, 18, 21, 22, 23, 24, 30, 33, 34, 35}
LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)", re.DOTALL)


def main() -> None:
    lines = read_lines(NAME)
    bullets = [i for i, t in enumerate(lines, 1) if t.startswith("- [ ] ")]
    assert len(bullets) == 26, len(bullets)
    papers = []
    for i in bullets:
        end = i + 1 if lines[i].startswith("](") else i
        if i in NOT_ENTRIES:
            continue
        own = "\n".join(lines[i - 1:end])
        m = LINK.search(own)
        if i == 13:
            assert m is None and "biorxiv.org" in own
            title = None
        else:
            assert m, i
            title = " ".join(m.group(1).split())
        papers.append(entry(lines, i, end, title))
    assert len(papers) == 16, len(papers)
    write_truth(NAME, PART, papers,
                "every task-list bullet whose link names a scholarly paper is an entry, title = the link text"
                " (one wrapped over lines 4-5; a bare bioRxiv URL gives title null; a paper title linked to its"
                " GitHub code counts); tools, packages, web resources and a workshop page are not entries",
                "all 26 bullets read by eye and sorted (16 entries, 10 tools/web pages); every title compared"
                " with its link text; the bare URL (13), the wrapped link (4-5) and the GitHub-linked paper"
                " title (8) checked; DOIs checked against the bioRxiv, frontiers and BMC URLs")


if __name__ == "__main__":
    main()
