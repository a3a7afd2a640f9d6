"""Wild49 truth for ur-whitelab/LLMs-in-science Sci_LLM/README.md: one page of the White lab's "LLMs in science"
collection (a companion list of scientific language models: chemistry, materials, biomedicine), newest commit
touching the file (d0eb35e, 2025-01-13).

Shape: 122 lines, 21 KB, four pipe tables and nothing else.  ``## LLMs in science`` (1), ``### Models`` (2), then
``|   Date    |     Name        | Publication | Repositories |`` (4) with a centred alignment row (5) and 89 data rows
(6-94), newest first: Date is a code span (```2024.10```), Name the model's short name, Publication one link
``[Title](url)``, Repositories a GitHub icon ``[<img src="../assets/github.png" width="20" />](url)``, a ``[🤗](url)``
Hugging Face link, or empty.  ``### Reviews`` (96) with a second table (97-107, 9 rows, Name cells empty), a second
``### Reviews`` heading (109) with a one-row table (112, Date and Name empty), and ``### Miscellaneous`` (115) with a
four-row table (119-122) whose Publication links all point to GitHub repositories.

Special cases:
- Name cells are empty on seven model rows (9, 37, 56, 62, 81, 82, 83) and all review rows: the title still sits in
  the Publication cell.
- Repeats are separate entries: MaterialsBERT twice (46, 53), ClinicalBERT twice (88, 94), the survey "Scientific
  Large Language Models: A Survey on Biological & Chemical Domains" in both Reviews tables (101, 112), and the title
  "Molecular representation learning with language models and domain-relevant auxiliary tasks" under MatBERT (71)
  and MolBERT (84).
- Mis-attributed rows keep the title as written: ChemBERT (80) carries the ClinicalBERT title with an ACS link,
  Mol-BERT (79) "Generative Adversarial Networks for Multi-Modal Multimedia Computing".
- Many rows have no space between the link and the pipe (``...)|  |``, 31-62 and scattered to 92); 56's title ends with a space inside the
  brackets; 9 and 92 have an empty repository link ``[<img ...>]()``.
- The Miscellaneous table (119-122) lists GitHub repositories (Mozi's code, two Awesome lists, a hypothesis-
  generation repo), each linked to github.com in both cells: code repositories, not entries.

Decisions:
- Entry = every data row of the Models and both Reviews tables (6-94, 99-107, 112): 99 entries, one line each.
- Title = the Publication cell's link text, trimmed.
- Not entries: headers, alignment rows, headings, the Miscellaneous rows.
- 6 has a second icon link in its Repositories cell, a Zenodo DOI badge (``doi.org/10.5281/zenodo...``), so
  its row yields that DOI besides the arXiv id.
- Ids: arXiv abs links, and DOIs from ACS/Wiley/ACM/IOP/Science/Springer-style ``/doi/...`` links and the
  ``10.1186`` BMC link (whatever doi_of finds in the row, the repository cell included).
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "ur-whitelab__LLMs-in-science__Sci_LLM__README@d0eb35e.md"
PART = "wild49_development"

HEAD = re.compile(r"^\|\s+Date\s+\|\s+Name\s+\|\s+Publication\s+\|\s+Repositories\s+\|$")
ALIGN = re.compile(r"^\|(?:\s*:?-+:?\s*\|)+$")
ROW = re.compile(r"^\|(?P<date>[^|]*)\|(?P<name>[^|]*)\|\s*\[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)\s*\|(?P<repo>.*)\|\s*$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "## LLMs in science"
    papers = []
    section = None
    counts: dict[str, int] = {}
    for n, ln in enumerate(lines, 1):
        if ln.startswith("### "):
            section = ln[4:]
            continue
        if not ln.startswith("|") or HEAD.match(ln) or ALIGN.match(ln):
            continue
        m = ROW.match(ln)
        assert m, (n, ln)
        if section == "Miscellaneous":
            assert "github.com" in m.group("url"), (n, ln)
            continue
        assert section in ("Models", "Reviews"), (n, section)
        papers.append(entry(lines, n, n, m.group("title").strip()))
        counts[section] = counts.get(section, 0) + 1
    assert counts == {"Models": 89, "Reviews": 10}, counts
    assert len(papers) == 99, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[6]["title"], t[6]["arxiv"]) == (
        "Chemical Language Model Linker: blending text and molecules with modular adapters", "2410.20182"), t[6]
    assert t[9]["title"] == ("Specialising and Analysing Instruction-Tuned and Byte-Level Language Models for Organic"
                             " Reaction Prediction"), t[9]
    assert t[56]["title"] == "Enhancing diversity in language based models for single-step retrosynthesis", t[56]
    assert t[80]["title"] == "ClinicalBERT: Modeling Clinical Notes and Predicting Hospital Readmission", t[80]
    assert t[71]["title"] == t[84]["title"] and t[71]["arxiv"] == "2011.13230", (t[71], t[84])
    assert t[112]["title"] == "Scientific Large Language Models: A Survey on Biological & Chemical Domains", t[112]
    assert t[101]["title"] == t[112]["title"], t[101]
    assert t[90]["doi"] == "10.1145/3307339.3342186", t[90]
    assert 119 not in t and 122 not in t
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the Models table (6-94, 89 rows) and of the two Reviews tables (99-107 and 112, 10 rows) is"
        " an entry (99), title = the Publication cell's link text, trimmed; rows with an empty Name or Date cell"
        " count; repeated and mis-attributed rows are separate entries with the title as written; the Miscellaneous"
        " table (119-122, GitHub repositories only) and headers/alignment rows are not entries.",
        "Read all 122 lines; compared -v with the file for every row: empty Name cells (9, 37, 56, 62, 81-83), no-space"
        " pipes (31-92), the trailing space in 56's title, repeats (46/53, 88/94, 71/84, 101/112), mis-attributed"
        " titles (79, 80), empty repository links (9, 92), the empty-Date row 112, the Zenodo DOI badge in 6's repository cell; ids: arXiv abs links on most rows,"
        " DOIs from pubs.acs.org/onlinelibrary/dl.acm.org/iopscience/science.org/jcheminf links; the four Miscellaneous"
        " rows checked to be GitHub-only.",
    )


if __name__ == "__main__":
    main()
