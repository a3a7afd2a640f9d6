"""Wild59 truth for aixnr/coronavirus content/category-one.md at 42d338c (2020-04-30): "Category I Information"
page of a Hugo site that collected SARS-CoV-2 / COVID-19 material in spring 2020 (Literature, Newsworthy Stories,
Git Repos and Notebooks, YouTube Videos).

Shape: 373 lines.  YAML front matter (1-4), intro and a numbered table of contents (6-11).  "## Literature" (13)
explains the Type column (15), then a pipe table whose rows open with a pipe but have no closing pipe,
``| Online | Author | Type | Title`` (17), separator (18) and 85 body rows (19-103):
``| Mar 2020 | Hoffmann et al. | Primary | [Title][l_1]`` -- the title is a *reference-style* link whose target is
defined later in a block of ``[l_N]:url`` definitions (105-189; no space after the colon).  "## Newsworthy Stories"
(191) is a second table of the same build (``| Date | Outlet | Author(s) | Title``, 195-271, labels ``[n_N]``) listing
press and blog articles (Vox, NY Times, STAT, NPR ...), with its own definitions; "## Git Repos and Notebooks" is a
bullet list of repositories; "## YouTube Videos" is a third table (``[yt_N]``).

Special cases:
- Label l_39 is never used (rows jump from l_38 at 56 to l_40 at 57); l_16 (34) is the longest title.
- 48 and 80 have extra spaces (``|  [On the origin ...`` and a trailing space after the link).
- Titles keep their dashes and odd spellings as written (``Virus–Host`` at 21, ``fatalityrates`` at 50,
  ``Lopinavir–Ritonavir`` at 63, ``COVID‐19`` with a U+2010 hyphen at 100).
- The DOIs are not on the row lines: they sit in the ``[l_N]:`` definitions (doi.org, dx.doi.org, bioRxiv/medRxiv
  ``content/10.1101/...``, PLOS ``?id=10.1371/...``, Wiley/NEJM/OUP ``/doi/...`` addresses); l_55 is arxiv.org/abs.

Decisions:
- Entry = every body row of the Literature table (19-103), one line each: 85 entries.  Title = the link text in
  the last cell.
- Newsworthy Stories rows are newspaper/magazine/blog articles, not research papers: not entries; nor are the
  repository bullets or the YouTube rows.  Header and separator rows are not entries.
- The row's identifiers are set by hand from its own link definition: the helper's DOI/arXiv readers are applied to
  the ``[l_N]:`` line that the row's label points to (the row has the id through its reference link; the
  definition lines themselves are not part of the entry's span).  Rows whose definition is a journal page without
  a DOI in the address (PMC, pnas.org, nature.com/articles, sciencemag, thelancet ...) keep None.
"""
import re

from _wild59 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "aixnr__coronavirus__content__category-one@42d338c.md"
PART = "wild59_development"

ROW = re.compile(r"^\| [A-Z][a-z]{2} \d{4} \|.*\|\s*\[(?P<title>[^\]]+)\]\[(?P<ref>l_\d+)\]\s*$")
DEF = re.compile(r"^\[(?P<ref>l_\d+)\]:\s*\S+")


def main() -> None:
    lines = read_lines(NAME)
    defs = {}
    for ln in lines:
        m = DEF.match(ln)
        if m:
            defs[m.group("ref")] = ln
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if not m:
            continue
        p = entry(lines, n, n, m.group("title").strip())
        target = defs[m.group("ref")]
        p["doi"] = p["doi"] or doi_of(target)
        p["arxiv"] = p["arxiv"] or arxiv_of(target)
        papers.append(p)
    by = {p["line"]: p for p in papers}
    assert len(papers) == 85, len(papers)
    assert sorted(by) == list(range(19, 104)), sorted(by)
    assert by[19]["title"] == (
        "SARS-CoV-2 Cell Entry Depends on ACE2 and TMPRSS2 and Is Blocked by a Clinically Proven Protease Inhibitor"
    ), by[19]
    assert by[19]["doi"] == "10.1016/j.cell.2020.02.052", by[19]
    assert by[21]["title"] == "Human Coronaviruses: A Review of Virus–Host Interactions" and by[21]["doi"] is None
    assert by[27]["doi"] == "10.1101/2020.03.05.20030502", by[27]
    assert by[48]["title"] == "On the origin and continuing evolution of SARS-CoV-2", by[48]
    assert by[48]["doi"] == "10.1093/nsr/nwaa036", by[48]
    assert by[57]["title"] == (
        "Substantial undocumented infection facilitates the rapid dissemination of novel coronavirus (SARS-CoV2)"
    ), by[57]
    assert by[72]["arxiv"] == "2003.09320" and by[72]["doi"] is None, by[72]
    assert by[80]["title"] == "Aerosol and Surface Stability of SARS-CoV-2 as Compared with SARS-CoV-1", by[80]
    assert by[80]["doi"] == "10.1056/nejmc2004973", by[80]
    assert by[103]["title"] == "The COVID-19 vaccine development landscape", by[103]
    assert by[103]["doi"] == "10.1038/d41573-020-00073-5", by[103]
    assert not any(n > 103 for n in by)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every body row of the Literature table (lines 19-103, '| Mon YYYY | Author | Type | [Title][l_N]') is"
        " one entry, one line each.  Title = the text of the reference-style link in the last cell.  DOI/arXiv are"
        " set by hand by applying the helper's readers to the row's own '[l_N]:url' definition (105-189).  The"
        " Newsworthy Stories table (press articles), the repository bullets, the YouTube table, headers and"
        " separators are not entries.",
        checked="Read the whole file; compared the -v output with all 85 Literature rows (titles incl. dashes at 21,"
        " 63, 100 and the extra spaces at 48 and 80), that l_39 is unused, that the ids match the l_N definitions"
        " (spot-checked 19, 27, 48, 72, 80, 103 and that PMC/pnas/nature addresses give None), and that no news or"
        " video row is listed.",
    )


if __name__ == "__main__":
    main()
