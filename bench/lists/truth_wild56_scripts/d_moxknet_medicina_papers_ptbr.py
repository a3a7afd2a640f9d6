"""Wild56 truth for moxknet/moxknet.github.io bkup/medruas/rascunhos/2023-07-23-papers-selecionados.md: "Papers
selecionados sobre temas de alto impacto na medicina", a Brazilian physician's (Portuguese) draft page of
practice-changing clinical papers grouped by topic, newest commit touching this path (38a9d94, 2025-07-22, when the
site moved the old pages under ``bkup/``).

Shape: 60 lines, 5.5 KB.  Jekyll front matter (1-4), a ``<style>`` block (6-14), a Portuguese intro (16), a kramdown
TOC marker (18-19), then ten ``## Topic`` sections (Antibioticoterapia, Hipertensão, ITU, ...).  Items are numbered
``1.`` lines in AMA/Vancouver style, the title in bold: ``1. <Portuguese summary> -- Authors. **Title**. Journal.
Year;Vol(No):pages. doi:...``.  Some items have no Portuguese summary (50-52, 60).

Special cases:
- 28 is a numbered item that only describes a group (``Três estudos demonstrando ...:``); its three papers are the
  nested ``    * Authors. **Title**. ...`` bullets 29-31: three entries, 28 itself is not one.
- 30 and 31 put the title's closing period inside the bold (``**... Admissions.**``): the period is dropped.
- 23 has quotes inside the title (``**Busting the Myth of "Static vs Cidal": A Systemic Literature Review**``): kept.
- 37 has ``[published correction appears in N Engl J Med. ...]`` after the bold title: not part of the title.
- 42 has no DOI; 50-60 write ``doi: 10....`` with a space and add PMID/PMCID; 56's long group-author list ends in
  ``Task Force for the Universal Definition of Myocardial Infarction.`` before the bold title.
- The Portuguese summaries before `` -- `` are descriptions, not titles.

Decisions:
- Entry = each numbered or nested bullet line that carries a bold title; span = that one line.  15 entries.
- Title = the bold text, without a trailing period.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "moxknet__moxknet.github.io__bkup__medruas__rascunhos__2023-07-23-papers-selecionados@38a9d94.md"
PART = "wild56_development"

ITEM = re.compile(r"^\s*(?:\d+\.|\*) ")
BOLD = re.compile(r"\*\*(?P<title>.+?)\*\*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n < 21 or not ITEM.match(ln):
            continue
        m = BOLD.search(ln)
        if not m:
            assert n == 28, (n, ln)
            continue
        title = m.group("title").strip().rstrip(".")
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert sorted(by) == [23, 24, 29, 30, 31, 36, 37, 38, 42, 46, 50, 51, 52, 56, 60], sorted(by)
    assert by[23]["title"] == 'Busting the Myth of "Static vs Cidal": A Systemic Literature Review', by[23]
    assert by[23]["doi"] == "10.1093/cid/cix1127", by[23]
    assert by[30]["title"] == (
        "Treatment and Outcomes of Inpatient Hypertension Among Adults With Noncardiac Admissions"
    ), by[30]
    assert by[37]["title"] == "Acute Pyelonephritis in Adults", by[37]
    assert by[37]["doi"] == "10.1056/nejmcp1702758", by[37]
    assert by[42]["doi"] is None, by[42]
    assert by[52]["doi"] == "10.1186/2110-5820-4-14", by[52]
    assert by[56]["title"] == "Fourth Universal Definition of Myocardial Infarction (2018)", by[56]
    assert by[56]["doi"] == "10.1161/cir.0000000000000617", by[56]
    assert by[60]["title"] == "ST-segment elevation in conditions other than acute myocardial infarction", by[60]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every numbered item or nested bullet that carries a bold title ('1. <Portuguese note> -- Authors."
        " **Title**. Journal. Year;...' or '    * Authors. **Title**. ...') is an entry spanning its one line (15);"
        " the group item at 28 that only introduces three nested papers is not an entry.  Title = the bold text"
        " without a trailing period; Portuguese notes, correction notices, PMIDs are not part of it.",
        checked="Read the whole file and compared the -v output for all 15 items: bold titles (inner quotes at 23,"
        " period inside bold at 30-31), the group line 28 left out, DOIs in both 'doi:10.' and 'doi: 10.' forms and"
        " the missing DOI at 42.",
    )


if __name__ == "__main__":
    main()
