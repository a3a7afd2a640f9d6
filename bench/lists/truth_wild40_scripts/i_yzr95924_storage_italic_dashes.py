"""Wild40 truth for yzr95924/storage_paper_list README.md: a PhD student's reading list of storage-systems
papers (data deduplication, erasure coding and RAID, storage security and SGX, caches, SSD/ZNS/NVM, Ceph and
HPC file systems, file systems, "Storage + AI"), one numbered line per paper.

Shape: "# Paper Reading List of Storage Systems", a one-line description and a "[TOC]" marker (1-5), then "## "
parts (Data Deduplication, Erasure Coding && RAID, Security, General Storage, File System, Storage + AI) with
"### " topic headings, each holding an ordered list.  Every record is one line
"N. *Title*----Venue'YY ([link](url)) [summary](url)":
- the title is in single-asterisk italics; five records leave it plain ("19. Can't We All Get Along? ...----",
  53; 72; 197; 199; 349);
- the separator between title and venue is usually four dashes, but "--" (IWQoS, 207), "---" (FAST'21 56,
  FAST'13 69, VLDB 303, ATC 331, HASP 337) and "-----" (OLS'14 168) also occur;
- the venue tag is free text ("ACM Computing Surveys'14", "HP Technique Report'05", "By Jun Li in 2013",
  "USENIX Login'15", "SNIA'08", "arxiv'15", "SC-workshop'23", "FAST''11");
- links: "([link](url))", sometimes empty "([link]())", sometimes absent (most erasure-coding records),
  "[summary](...)" to the author's notes site, "[code](...)", "[slides](...)"; one link nests a Markdown link
  inside its target (VLDB'21, 354); empty "([link]())" on 29, 169, 312, 391.
Numbering restarts per section and is sometimes "1." on every line (Network Security, SSD Flash, Journaling,
Data Structure) or repeated ("31." twice, 105-106; "12."/"13." twice, 352-355).

Decisions:
- Entries: every numbered record (413), each one paper: conference, workshop and journal papers, arXiv and
  IACR ePrint preprints, an HP technical report, the SNIA white paper "Understanding Data Deduplication
  Ratios" (a vendor-neutral technical report, kept), a USENIX ;login: article ("An Introduction to Be-trees
  and Write-Optimization") and the "By Jun Li in 2013" survey.  No record names a book, talk or tool only.
  Papers listed twice ("Backup to the Future ..." 15/52, "Splinter: ..." 290/305) are separate entries.
- Span: the record's single line.
- Title: the italic text, or for the five plain records the text before the dash separator, as written
  (double spaces collapsed; "Eficient"/"Difs" typos kept, 157).
- Ids: from the line's links only: dl.acm.org/doi/... DOIs, arxiv.org/abs|pdf ids; summary and citation.cfm
  links give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "yzr95924__storage_paper_list__README@6ace656.md"
PART = "wild40_development"

ITALIC = re.compile(r"^\d+\.\s+\*(.+)\*\s*-{2,}\s*\S")
PLAIN = re.compile(r"^\d+\.\s+([^*].+?)\s*-{2,}\s*\S")
PLAIN_LINES = {53, 72, 197, 199, 349}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    plain = set()
    for n, ln in enumerate(lines, 1):
        if not re.match(r"^\d+\.", ln):
            assert n <= 5 or not ln.strip() or ln.startswith("#"), (n, ln)
            continue
        if m := ITALIC.match(ln):
            title = m.group(1)
        else:
            m = PLAIN.match(ln)
            assert m, (n, ln)
            title = m.group(1)
            plain.add(n)
        assert "*" not in title and "[" not in title and "--" not in title, (n, title)
        papers.append(entry(lines, n, n, title))
    assert plain == PLAIN_LINES, sorted(plain)
    assert len(papers) == 413, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered 'N. *Title*----Venue' record under the topic headings is one paper (413, repeats kept;"
        " the SNIA white paper, a ;login: article and a survey included); title = the italic text, or the text"
        " before the 2-5-dash separator for the five plain records; ids from the line's links.",
        "All 586 lines checked by the script's asserts (every non-blank line after the header is a heading or a"
        " record; exactly five plain-title records); -v output compared by eye for the first and last record of"
        " every '###' section, the plain records 53/72/197/199/349, the '--'/'---'/'-----' separators (56, 69,"
        " 168, 207, 303, 331, 337), the empty-link and no-link erasure-coding records, the nested-link VLDB'21"
        " 354, both repeats, the SNIA/HP/;login:/'By Jun Li' records (10, 178, 462, 230), and ~25 records in"
        " between; every printed DOI/arXiv id checked against its link (the 71 lines with a DOI or arXiv link"
        " and the 71 entries with an id coincide).",
    )


if __name__ == "__main__":
    main()
