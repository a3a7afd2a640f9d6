"""Wild61 truth for deepmodeling/community papers-citing-dp/reviews.md at 9d2a4af (2021-08-09): the "Reviews"
part of DeepModeling's list of papers citing DeePMD / DP-GEN (machine-learning interatomic potentials;
chemistry, materials science, physics).  The directory was removed again by the next commit touching it
(0d954ee "undo", 2021-08-23), so the only commit where the file exists is taken.

Shape: 259 lines.  ``## Reviews`` (1) and `` 18 pieces of Reviews in total. (Edited at 2021-08-09)`` (2), then 18
raw BibTeX records pasted straight into the Markdown (no code fence), separated by blank lines::

    @article{behlerFourGenerationsHighdimensional2021,
        abstract = {<one long line>},
        author = {Behler, Jörg},
        ...
        title = {Four Generations of High-Dimensional Neural Network Potentials},
        url = {https://pubs.acs.org/doi/abs/10.1021/acs.chemrev.0c00868}
    }

Special cases:
- Titles keep BibTeX case-protection braces: 61 ``Unsupervised {{Learning Methods}} for {{Molecular Simulation
  Data}}``, 125 ``Neural Network Potentials: {{A}} Concise Overview of Methods``, 136 ``{{{FMO Interfaced}} with
  {{Molecular Dynamics Simulation}}}``, 147, 235.
- Fields are in BibLaTeX order (``abstract`` first, ``title`` near the end); ``journaltitle``, ``booktitle``
  and ``shorttitle``-like fields are not the title.
- 129 is an ``@incollection`` (a book chapter, Springer), 252 (Zhang2020c) points to a ProQuest dissertation,
  120 and 213 are arXiv preprints whose ``url`` field holds two or three URLs (``https://arxiv.org/abs/2107.03727
  http://arxiv.org/abs/2107.03727``); all are entries of the list.
- 14 records have a ``doi`` field; 85 (hartMachineLearningAlloys) has no date.

Decisions:
- Entry = every ``@type{key,`` record (18, as the header says), spanning from the ``@`` line to its closing
  ``}`` line.
- Title = the ``title = {...}`` field with the BibTeX braces removed.  DOIs and arXiv ids come from the
  record's lines by the helper (``doi`` fields, arxiv.org URLs), but the helper keeps the closing brace of
  ``doi = {10.1021/acs.chemrev.0c00868},`` in the DOI, so that brace is stripped by hand (15 records: the 14
  ``doi`` fields and 129's Springer chapter URL ``link.springer.com/chapter/10.1007/978-981-15-9235-5_19}``).
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "deepmodeling__community__papers-citing-dp__reviews@9d2a4af.md"
PART = "wild61_development"

START = re.compile(r"^@\w+\{")
TITLE = re.compile(r"^\s*title = \{(.*)\},?\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 1
    while n <= len(lines):
        if not START.match(lines[n - 1]):
            n += 1
            continue
        last = n
        while lines[last - 1].rstrip() != "}":
            last += 1
        titles = [m.group(1) for ln in lines[n - 1 : last] if (m := TITLE.match(ln))]
        assert len(titles) == 1, (n, titles)
        title = re.sub(r"\s+", " ", titles[0].replace("{", "").replace("}", "")).strip()
        p = entry(lines, n, last, title)
        if p["doi"] and p["doi"].endswith("}"):
            p["doi"] = p["doi"].rstrip("}")  # the helper keeps the closing brace of 'doi = {...},'
        papers.append(p)
        n = last + 1
    by = {p["line"]: p for p in papers}
    assert len(papers) == 18, len(papers)
    assert min(by) == 4 and max(by) == 252, (min(by), max(by))
    assert by[4]["title"] == "Four Generations of High-Dimensional Neural Network Potentials", by[4]
    assert by[4]["end"] == 13 and by[4]["doi"] == "10.1021/acs.chemrev.0c00868", by[4]
    assert by[15]["doi"] == "10.1103/revmodphys.91.045002", by[15]
    assert by[54]["title"] == "Unsupervised Learning Methods for Molecular Simulation Data", by[54]
    assert by[120]["title"] == "Neural Network Potentials: A Concise Overview of Methods", by[120]
    assert by[120]["arxiv"] == "2107.03727", by[120]
    assert by[129]["title"] == "FMO Interfaced with Molecular Dynamics Simulation", by[129]
    assert by[213]["arxiv"] == "2006.02619", by[213]
    assert by[221]["title"] == "Machine Learning and Computational Mathematics", by[221]
    assert by[252]["end"] == 258 and by[252]["doi"] is None and by[252]["arxiv"] is None, by[252]
    assert by[129]["doi"] == "10.1007/978-981-15-9235-5_19", by[129]
    assert sum(1 for p in papers if p["doi"]) == 15 and all("}" not in (p["doi"] or "") for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="The file is raw BibTeX pasted into Markdown: every '@type{key,' record is one entry (18),"
        " spanning from the '@' line to its closing '}' line.  Title = the 'title = {...}' field with the"
        " BibTeX case-protection braces removed ('journaltitle'/'booktitle' are not titles).  The heading and"
        " the count line are not entries.  DOIs from the 'doi' fields and arXiv ids from arxiv.org URLs come"
        " from the helper, with the closing brace the helper keeps after each DOI stripped by hand.",
        checked="Read the whole file; compared the -v output with all 18 records: braced titles (61, 125, 136,"
        " 147, 235), the @incollection (129), the arXiv-only records with multi-URL url fields (120, 213), the"
        " dissertation (252), the undated record (85) and every doi field.",
    )


if __name__ == "__main__":
    main()
