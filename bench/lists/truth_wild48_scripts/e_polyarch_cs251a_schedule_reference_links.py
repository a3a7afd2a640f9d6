"""Wild48 truth for PolyArch/cs259 ``02-schedule.md`` at commit 294bd36 (2018-10-04): the reading schedule of Tony
Nowatzki's UCLA graduate course CS251a "Advanced Computer Architecture" (Fall 2018; the repository was later reused
for CS259).  Older commit on purpose: the file's newest version (5e6fa3c era, 2025/2026) only links to a Google doc;
the table was replaced by a Google-Sheets iframe on 2018-10-07 (f404ea9), so 294bd36 is the last commit that holds
the list itself.

Shape: 72 lines, 12 KB.  Front matter (1-4), one sentence, then one wide pipe table (8-29) ``| Date | Topic |
Readings | Review |`` with an alignment row and 20 session rows, then 42 reference-style link definitions
``[key]: url`` (31-72).  Every paper in the table is a reference-style link ``[Title][key]`` whose URL sits in the
definitions block; nothing else links inline.  Cells hold 0-3 papers:
- a Readings cell with two works: ``[Instructions Sets and Beyond: ... Concurrency. IEEE Computer, September
  1985.][isas85](bonus: [Compilers and Computer Architecture(RISC/CISC Debate)][wulf81])`` 12;
- venue/date glued into the link text: ``...Hierarchies(ISCA 2018)`` 20, ``The Cray-1 Computer System,
  Communications of the ACM, January 1978`` 28;
- a dangling ``[`` after a link (``[Synth Lec: Processor Microarchitecture][synth-proc-micro],[`` 14);
- five Morgan & Claypool Synthesis Lectures (``synth-*`` keys, book-length monographs: ``Synth Lec: Processor
  Microarchitecture`` 14, ``Multi-Core Cache Hierarchies`` 19, ``Synthesis Lecture: A Primer on Prefetching`` 20,
  ``The Memory System: You Can't Avoid It, ...`` 22 with ``(1.2-1.4)`` sections, ``Multithreading Architecture`` 24);
- the Topic cells link lecture slides ``([slides][lec1])``; exam rows and empty cells hold no papers.
The definitions block also defines eleven keys no row uses (``perceptron-bp``, ``mipsr10k``, ``wavescalar``, ``elm``,
``prefetch-tax``, ``risc-throwdown``, ``predication``, ``selective-cache``, ``victim-rep``, ``seznec_alphaev8``,
``ia64``): leftovers of earlier drafts, invisible on the rendered page.

Decisions:
- Entry = every ``[text][key]`` paper link in the Readings and Review cells (23), on its table-row line only (the
  URL is far away in the definitions block, so ids stay None; none of the definitions holds an arXiv id or a DOI of
  an entry: ACM ``citation.cfm?id=``, IEEE ``document/``, PDFs; the citeseerx ``doi=10.1.1...`` parameter is not a
  DOI; the morganclaypool DOIs belong to the Synthesis Lectures).
- Not entries: the Synthesis Lectures (books), the slide links, the unused link definitions (a bare key and URL,
  never shown), headers.
- Title = the link text, with the venue/date tails cut (``. IEEE Computer, September 1985.``, ``(ISCA 2018)``, ``,
  Communications of the ACM, January 1978``) and the debate tag ``(RISC/CISC Debate)`` dropped; ``Meltdown`` kept
  as written.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "PolyArch__cs259__02-schedule@294bd36.md"
PART = "wild48_development"

HEAD = re.compile(r"^\| Date +\| Topic +\| Readings +\| Review +\|$")
ROW = re.compile(r"^\| (?P<date>[^|]+?) +\| (?P<topic>[^|]+?) +\| (?P<read>[^|]*?) *\| (?P<review>[^|]*?) *\|$")
LINK = re.compile(r"\[(?P<text>[^\[\]]+)\]\[(?P<key>[\w-]+)\]")
DEF = re.compile(r"^\[(?P<key>[\w-]+)\]: ?(?P<url>\S+)$")
TAILS = [
    re.compile(r"\. IEEE Computer, September 1985\.$"),
    re.compile(r"\(ISCA 2018\)$"),
    re.compile(r", Communications of the ACM, January 1978$"),
    re.compile(r"\(RISC/CISC Debate\)$"),
]


def main() -> None:
    lines = read_lines(NAME)
    assert lines[2] == "title: Schedule"
    assert HEAD.match(lines[7]), lines[7]
    defs = {}
    for n, ln in enumerate(lines, 1):
        m = DEF.match(ln)
        if m:
            defs[m.group("key")] = n
    assert len(defs) == 42, len(defs)
    papers = []
    books = []
    used = set()
    for n in range(10, 30):
        m = ROW.match(lines[n - 1])
        assert m, (n, lines[n - 1])
        for link in LINK.finditer(m.group("topic")):
            assert link.group("key").startswith("lec"), (n, link.group())
            used.add(link.group("key"))
        for cell in ("read", "review"):
            for link in LINK.finditer(m.group(cell)):
                key, text = link.group("key"), link.group("text")
                assert key in defs, (n, key)
                used.add(key)
                if key.startswith("synth-"):
                    books.append(n)
                    continue
                for tail in TAILS:
                    text = tail.sub("", text)
                papers.append(entry(lines, n, n, text))
    unused = sorted(set(defs) - used)
    assert unused == sorted(["perceptron-bp", "mipsr10k", "wavescalar", "elm", "prefetch-tax", "risc-throwdown",
                             "predication", "selective-cache", "victim-rep", "seznec_alphaev8", "ia64"]), unused
    assert books == [14, 19, 20, 22, 24], books
    assert len(papers) == 23, len(papers)
    by_line: dict[int, list[str]] = {}
    for p in papers:
        by_line.setdefault(p["line"], []).append(p["title"])
    assert by_line[12] == ["Instructions Sets and Beyond: Computers, Complexity, and Concurrency",
                           "Compilers and Computer Architecture",
                           "Power Struggles: Revisiting the RISC vs. CISC Debate on Contemporary ARM and x86 Architectures"]
    assert by_line[20] == [
        "Criticality Aware Tiered Cache Hierarchy: A Fundamental Relook at Multi-Level Cache Hierarchies"]
    assert by_line[27] == ["Meltdown", "Spectre Attacks: Exploiting Speculative Execution"]
    assert by_line[28] == ["NVIDIA Tesla: A Unified Graphics and Computing Architecture", "The Cray-1 Computer System"]
    assert 14 not in by_line and 18 not in by_line
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Entries = the reference-style paper links [Title][key] in the Readings and Review cells of the schedule"
        " table (rows 10-29), one entry per link on its row line (23; line 12 holds 3, lines 15/16/27/28 hold 2);"
        " the five synth-* Morgan & Claypool Synthesis Lectures (books), the Topic cells' slide links and the eleven"
        " link definitions no row uses are not entries.  Title = link text, venue/date tails ('. IEEE Computer,"
        " September 1985.', '(ISCA 2018)', ', Communications of the ACM, January 1978') and the '(RISC/CISC Debate)'"
        " tag cut.  The URLs live in the definitions block (31-72), outside the entry lines, so ids are None; none"
        " of them is an arXiv id or an entry's DOI anyway.",
        "Read all 72 lines; compared -v with every table row 10-29 (20 rows, exam rows 18/25 empty, row 17 Review"
        " only, row 14 only a book plus a dangling '['); checked the 42 definitions against the keys used (31 used"
        " incl. lec1-3, 11 unused) and that the books are exactly the synth-* keys.",
    )


if __name__ == "__main__":
    main()
