"""Wild62 truth for IPL-sharif/KD_Survey Sources/README.md at ecdfd6a: the "Distillation Sources" page of the
companion repository of the survey "A Comprehensive Survey on Knowledge Distillation" (TMLR 2025); the survey's
references for this section, by category, one bullet per paper.

Shape: 83 lines.  ``# Sources`` (1) and a three-item table of contents of anchor links (3-5), ``---`` (6).
``### Logit-based Distillation`` (8, bullets 9-27), ``### Feature-based Distillation`` (30, bullets 33-52),
``### Similarity-based Distillation`` (55, bullets 57-82).  Each bullet is
``- **<title>**, <venue> <year>, [ :link: ](<paper url>)[ :octocat: ](<code url>)``: the title is the bold text,
the paper link's text is the ``:link:`` emoji code and the code link's text ``:octocat:``.

Special cases:
- 10 puts a period after the bold title (``**Deep Model Compression: ...**. Arxiv 2016``); 37 writes
  ``AAAI2019`` without a space; 43 and 27 have trailing spaces.
- Paper links are arXiv, IEEE Xplore, CVF open access, ScienceDirect, MDPI, ACM DL DOI URLs (17, 58, 81),
  Springer DOI URLs (66, 67, 75, 80), a World Scientific DOI URL with a tracking query (74) and a conference
  site (79).
- Titles keep the file's casing and typos (``Diversity-preserved KnowledgeDistillation`` on 69, venue
  ``SIGGKD 2017`` on 58).
- The table-of-contents anchors (3-5) are not entries.

Decisions:
- Entry = each ``- **...**`` bullet (19 + 20 + 26 = 65 entries).
- Title = the bold text.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "IPL-sharif__KD_Survey__Sources__README@ecdfd6a.md"
PART = "wild62_held_out"

ITEM = re.compile(r"^- \*\*(.+?)\*\*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group(1).strip()))
    on = {p["line"]: p for p in papers}
    assert len(papers) == 65, len(papers)
    assert sorted(on) == list(range(9, 28)) + list(range(33, 53)) + list(range(57, 83)), sorted(on)
    assert on[9]["title"] == "Distilling the Knowledge in a Neural Network" and on[9]["arxiv"] == "1503.02531"
    assert on[10]["title"] == "Deep Model Compression: Distilling Knowledge from Noisy Teachers", on[10]
    assert on[17]["doi"] == "10.1145/3581783.3612162", on[17]
    assert on[37]["title"].startswith("Knowledge Transfer via Distillation of Activation Boundaries"), on[37]
    assert on[66]["doi"] == "10.1007/978-3-030-58571-6_21", on[66]
    assert on[69]["title"].endswith("Diversity-preserved KnowledgeDistillation"), on[69]
    assert on[74]["doi"] == "10.1142/s0218001423500040", on[74]
    assert on[82]["title"] == "Knowledge Distillation via Inter- and Intra-Samples Relation Transferring", on[82]
    write_truth(
        NAME,
        PART,
        papers,
        method="Each bullet '- **title**, venue year, [ :link: ](paper)[ :octocat: ](code)' under the three"
        " category headings is one entry (65).  Title = the bold text.  ids come from the paper link (arXiv, or DOI"
        " URLs of ACM, Springer and World Scientific).  The table-of-contents anchor links are not entries.",
        checked="Read the whole file; compared the -v output with all 65 bullets: the period after the title on"
        " 10, the missing space in 'AAAI2019' (37), the DOI URLs (17, 58, 66, 67, 74, 75, 80, 81), and the kept"
        " typos (69).",
    )


if __name__ == "__main__":
    main()
