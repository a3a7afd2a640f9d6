"""Wild41 truth for AdaLogics/software-security-paper-list README.md: a security consultancy's curated list of
papers on software security, program analysis and systems security (fuzzing, symbolic execution, malware, binary
analysis, Android, CFI, sanitizers, virtualisation), maintained by two people, with a script that downloads them.

Shape: a description (1-16), a "### Download all automatically" section with a fenced shell example (18-33), an
"### Other paper lists" section of three "*" bullets linking to other GitHub lists (35-38), "# Papers" (41) with a
"*" table of contents (42-51), then eleven "## " topic sections (General 53, Android 204, Control-flow integrity
224, Cyber-physical 230, Symbolic execution 233, Program instrumentation 268, Sanitizer 278, Virtualisation 284,
Fuzzing 296, Malware 413, Binary analysis 506).  Every record is one line "- [Title](url)":
- the URL is empty in two records ("[FLAX: ...]()" 72, "[Checksum-Aware Fuzzing ...]()" 339);
- one record's link text is its URL, not a title ("- [https://apps.dtic.mil/sti/pdfs/AD1034415.pdf](...)", 513);
- one link text starts with a space ("[ Labeling library functions in stripped binaries]", 517);
- some titles end with a period ("Understanding data lifetime via whole system simulation.", 91; 288, 428, 441,
  447, 510, 521), and there are typos kept as written ("BehaviorUsing" 125, "ProgramSynthesis" 248, "closedsource"
  449, "Repeateable" 275, "Pangolin:Incremental" 355);
- a few papers appear twice under different titles or sections (DDT 264/449, S2E 237/238 are two papers; FairFuzz
  318/407 are two versions).

Decisions:
- Entries: every "- " bullet under "# Papers" except one (448 of 449): all are papers (conference and journal
  papers, arXiv preprints, theses such as "A Framework for File Format Fuzzing with Genetic Algorithms", technical
  reports and notes such as the DSTO "Fuzzing: The State of the Art", SEI's "Well There's Your Problem", the LLVM
  and KLEE tech reports, a Symantec white paper 438).  Not an entry: "OSS-Fuzz - Google's continuous fuzzing
  service for open source software" (375), whose link is a USENIX Security '17 invited-talk page: a talk, not a
  paper.  The "*" bullets (other lists, table of contents) are not entries.
- Span: the record's line.
- Title: the link text, stripped, a final "." dropped; None for 513, whose link text is only a URL.
- Ids: from the line's URL: arxiv.org/pdf ids, DOIs written in dl.acm.org/doi/pdf/..., link.springer.com/article/...
  and similar URLs; citation.cfm, ieeexplore, computer.org/csdl, citeseerx "doi=10.1.1..." (a CiteSeerX key, not a
  DOI) and PDF links give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "AdaLogics__software-security-paper-list__README@9fa80b9.md"
PART = "wild41_development"

RECORD = re.compile(r"^- \[([^\]]+)\]\((\S*)\)$")
TALKS = {375}
URL_ONLY = {513}


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("# Papers") + 1
    assert start == 41, start
    papers = []
    skipped = set()
    url_only = set()
    for n, ln in enumerate(lines, 1):
        if n <= start or not ln.startswith("- "):
            assert n <= start or not ln.strip() or ln.startswith(("## ", "* [")) or ln == "Table of contents:", (n, ln)
            continue
        m = RECORD.match(ln)
        assert m, (n, ln)
        if n in TALKS:
            assert "presentation/serebryany" in m.group(2), n
            skipped.add(n)
            continue
        title = m.group(1).strip()
        if title.startswith("http"):
            url_only.add(n)
            title = None
        elif title.endswith("."):
            title = title[:-1]
        papers.append(entry(lines, n, n, title))
    assert skipped == TALKS and url_only == URL_ONLY, (skipped, url_only)
    assert len(papers) == 448, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- [Title](url)' line under '# Papers' is one paper (448) except the OSS-Fuzz USENIX Security '17"
        " invited-talk record (375); title = the link text stripped, a final '.' dropped, None for the record whose"
        " link text is a URL (513); ids from the line's URL (arXiv, DOIs in ACM/Springer URLs).",
        "Script asserts every non-blank line after '# Papers' is a '##' heading, a TOC '* [' bullet or a"
        " '- [Title](url)' record; every URL host was listed and the non-paper-looking ones (github.io, wiki,"
        " 'doc', usenix presentation pages, empty links 72/339) looked at one by one; -v output compared by eye for"
        " the first and last record of each of the 11 sections, the talk 375, the URL-only record 513, the"
        " leading-space 517, the period-final titles 91/288/428/441/447/510/521 and ~25 records in between; every"
        " printed arXiv id and DOI checked against its URL.",
    )


if __name__ == "__main__":
    main()
