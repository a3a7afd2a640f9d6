"""Wild54 truth for FelixBer/favorite-papers README.md: a reverse engineer's "nonexhaustive list of my favorite papers"
(binary analysis, decompilation, deobfuscation, exploitation, fuzzing), which drifts into a Syria policy-research
section and an "Other" section of biology and misc papers; newest commit (ac87592, 2023-03-05).

Shape: 367 lines, 20 KB, no bullets or tables: every item is a bare Markdown link alone on its line, ``[Title](url)``,
items separated by blank lines, under ``# Topic`` headings (Dis/Assembly 3, Compiler theory & RCE 23, Decompilation
53, Deobfuscation 97, Deobfuscation: Tracing & Symex 105, Deobfuscation: MBA Synt 129, Deobfuscation:
Virtualization-based Obfuscation 184, Bug finding / Exploitation 226, Fuzzing 251, RCE other 259, Hardware 284,
Syria 296, Other 325).  Three ``## links`` / ``## Links`` subsections (89, 163, 211) hold the writer's own non-paper
links (blogs, tools, GitHub repos, slides, two bare GitHub URLs 213/215).

Special cases:
- An item may run on: a bare YouTube URL on the next line (107-108, 193-194, 253-254) or a second link line
  ``[loki link](github)`` (186-187); ``-- [github](...)`` after the link on the same line (80).
- Markers inside the link text are dropped from titles: ``(!) `` / ``(!)`` favourite marks (61, 101, 147, 149), the
  nickname tags ``(Xyntia)`` (149) and ``(Reven:) `` (120); trailing notes `` (2002)`` (73, a year) and
  `` (process level)`` (208).
- Titles as written otherwise: lower-case ``mov is Turing-complete`` (7), ``decompiler internals: microcode`` (69),
  upper-case ``THE FAKE CISCO Hunting for backdoors in Counterfeit Cisco devices`` (286), ``HYPER-CUBE : ...`` (253),
  ``Factoring 2 048 RSA integers ...`` (335); the same paper twice (343 bioRxiv, 361 Cell): two entries.
- Paper titles linked to GitHub still count (``Type Analysis of Low-level Code`` 35, ``DIRTY: ...`` 77, the Cure53
  ``Browser Security White Paper`` 339).

Decisions (what is a research work here):
- Entry = every link item outside the ``## links`` subsections whose target is a written paper-like work: papers,
  preprints, theses (25, 50, 73, 143, 193, 200, 242), technical reports and white papers (47, 69, 120, 286, 290,
  339), manuscripts and notes PDFs (57, 59), policy reports and working papers of the Syria section (298-322), and
  the science papers of "Other".
- Not entries: everything under ``## links`` (91, 93, 165-181, 213-223), and in the paper sections the slides
  (103 ``Slides: ...``, 281 a slide deck), conference-talk pages (107 Black Hat Asia briefing, 147 Black Hat USA
  briefing), blog posts (116, 122, 145), a book website (118 ``SAT & SMT by Example``) and a forum download (198
  ``Introduction to Modern Code Virtualization by Nooby``).
- Title = the link text with the markers above dropped.  131 entries (155 link items - 15 under ``## links`` - 9).
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "FelixBer__favorite-papers__README@ac87592.md"
PART = "wild54_development"

LINK = re.compile(r"^\[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)")
NOT_PAPERS = {103, 107, 116, 118, 122, 145, 147, 198, 281}
MARK = re.compile(r"^(?:\(!\)\s*|\(Xyntia\)|\(Reven:\)\s*)+")
NOTE = re.compile(r" \((?:2002|process level)\)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "A nonexhaustive list of my favorite papers, have fun!"
    papers = []
    in_links = False
    skipped = []
    n = 1
    while n <= len(lines):
        ln = lines[n - 1]
        if ln.startswith("# "):
            in_links = False
        elif ln.lower() == "## links":
            in_links = True
        if not ln.strip() or ln.startswith("#") or n == 1:
            n += 1
            continue
        last = n
        while last < len(lines) and lines[last].strip():  # a block of consecutive non-blank lines
            last += 1
        if in_links or n in NOT_PAPERS:
            skipped.extend(range(n, last + 1))
            n = last + 1
            continue
        m = LINK.match(ln)
        assert m, (n, ln)
        assert last - n <= 1, (n, last)
        if last > n:
            follow = lines[last - 1]
            assert follow.startswith(("https://www.youtube.com/", "[loki link]")), (last, follow)
        title = NOTE.sub("", MARK.sub("", m.group("title")))
        papers.append(entry(lines, n, last, title))
        n = last + 1
    assert len(papers) == 131, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[5]["title"], t[5]["arxiv"]) == (
        "SoK: All You Ever Wanted to Know About x86/x64 Binary Disassembly But Were Afraid to Ask", "2007.14266"), t[5]
    assert t[9]["doi"] == "10.1145/1572272.1572287", t[9]
    assert t[61]["title"].startswith("Native x86 Decompilation Using"), t[61]
    assert t[73]["title"] == ("Designing an object-oriented decompiler: Decompilation support for Interactive"
                              " Disassembler Pro"), t[73]
    assert not NOT_PAPERS & set(t)
    assert t[120]["title"] == "Updated Analysis of PatchGuard on Microsoft Windows 10 RS4", t[120]
    assert t[149]["title"].startswith("Search-based Approaches for Local Blackbox"), t[149]
    assert (t[186]["end"], t[193]["end"], t[253]["end"]) == (187, 194, 254)
    assert t[208]["title"] == "Replacement Attacks Against VM-protected Applications", t[208]
    assert t[343]["title"] == t[361]["title"], (t[343], t[361])
    assert t[343]["doi"] == "10.1101/2021.12.02.471005", t[343]
    assert not any(91 <= k <= 93 or 165 <= k <= 181 or 213 <= k <= 223 for k in t)
    write_truth(
        NAME,
        PART,
        papers,
        "Every bare '[Title](url)' item (blank-line separated, a following YouTube URL or '[loki link]' line"
        " included) outside the three '## links' subsections is an entry when it points to a written paper-like work"
        " (papers, preprints, theses, technical reports and white papers, notes PDFs, the Syria section's policy"
        " reports and working papers, the science papers of 'Other'): 131 entries; not entries: the '## links'"
        " subsections and, in the paper sections, slides (103, 281), conference-talk pages (107, 147), blog posts"
        " (116, 122, 145), a book site (118) and a forum download (198); title = the link text without the '(!)'"
        " favourite marks, the '(Xyntia)'/'(Reven:)' tags and the trailing '(2002)'/'(process level)' notes.",
        "Read all 367 lines; compared -v with every item of every section: the nine in-section non-papers and the"
        " '## links' items skipped, multi-line items 107-108 (skipped), 186-187, 193-194, 253-254, markers dropped"
        " (61, 101, 120, 149, 73, 208), the repeat 343/361 kept twice; ids: arXiv abs/pdf links, ACM/Wiley DOIs,"
        " bioRxiv/frontiers/Nature/PNAS/readcube DOIs read from the URLs, none from IEEE Xplore, USENIX, NDSS or"
        " author PDFs.",
    )


if __name__ == "__main__":
    main()
