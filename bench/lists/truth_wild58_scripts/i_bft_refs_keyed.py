"""Wild58 truth for doitian/quartz-ab content/bft-consensus-analysis/references.md at 9a99967 (2026-01-23): the
"References" page of a Quartz knowledge base on BFT consensus (distributed systems / formal verification): an
author-year bibliography where every source is a block headed by its bold citation key.

Shape: 306 lines.  YAML front matter (1-8), "# References" (10), "## Academic Papers" (16) with three "###"
groups: Byzantine Fault Tolerance & Consensus (18-38), Logic Models & Formal Verification (42-110), Broadcast
Mechanisms (114-160); then "## Online Articles & Tutorials" (164-178), "## Textbooks & Surveys" (182-201),
"## Technical Specifications & Standards" (205-209), "## Code Repositories & Implementations" (213-229),
"## Educational Resources" (233-244), and prose sections (Citation Format, Access Notes, Contributing, Version
History, See Also; 248-306) whose numbered and bulleted lists are not references.

Each block: ``**key**`` + two trailing spaces, then ``Authors (Year). *Title*. Venue, pages.`` then a links line
(``📄 [PDF](...) | 🔗 [ACM](...)``), sometimes a ``**Note**:`` / ``**Status**:`` line; blocks are separated by a
blank line.

Special cases:
- Aliases: 49-50 (halpern-moses-2000-knowledge) and 139-140 (danezis-2022-narwhal-tusk) only say "Alias for
  ...": no title, not entries.
- Duplicates kept as separate entries: Bracha 1987 "Asynchronous Byzantine Agreement Protocols" (116, 129) and
  the POPL 2017 "A Short Counterexample Property ..." paper (86 and 100, under two keys).
- 109: the italic title carries an added system name, ``*Compositional Verification of Composite Byzantine
  Protocols (Bythos)*``; kept as written.
- 46: old-style arXiv id in ``arxiv.org/abs/cs/0006009``; 105: ``arXiv:2206.04489`` in text; DOIs from
  dl.acm.org/doi links (e.g. 10.5555/296806.296824 at 22).

Decisions: entry = a keyed block whose source is a research paper (journal, conference, preprint): 22 entries,
spanning from the key line to the block's last line.  Title = the first ``*...*`` span on the citation line.
Not entries: books and textbook chapters (fagin 52 Reasoning About Knowledge, lamport-2002 67 Specifying
Systems, baier-katoen 72, cachin-2001-reliable-broadcast 120 and the two cachin 2011 chapter / textbook blocks
124, 152, 184, lynch 189, raynal 194), blog posts and blogs (157, 166, 171, 175), the IETF pointer (207), code
repositories (215-227), course materials (235-243) and the two aliases.  The survey
"comprehensive-bft-survey-2022" (198, an arXiv preprint under Textbooks & Surveys) is an entry.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "doitian__quartz-ab__content__bft-consensus-analysis__references@9a99967.md"
PART = "wild58_development"

KEY = re.compile(r"^\*\*(?P<key>[a-z0-9-]+)\*\*\s*$")
ITALIC = re.compile(r"\*(?P<title>[^*]+)\*")
NOT_PAPERS = {
    "halpern-moses-2000-knowledge",  # alias
    "danezis-2022-narwhal-tusk",  # alias
    "fagin-halpern-moses-vardi-1995-reasoning",  # book
    "lamport-2002-tla",  # book
    "baier-katoen-2008-principles",  # book
    "cachin-2001-reliable-broadcast",  # textbook chapter
    "cachin-guerraoui-rodrigues-2011-reliable-broadcast",  # textbook chapter
    "cachin-2011-introduction-reliable-broadcast",  # textbook chapter
    "cachin-guerraoui-rodrigues-2011-textbook",  # book
    "lynch-1996-distributed-algorithms",  # book
    "raynal-2018-concurrent-survey",  # book
    "decentralized-thoughts-impossibility",  # blog
    "decentralized-thoughts-2022-provable-broadcast",  # blog post
    "decentralized-thoughts-2025-pbft",  # blog post
    "decentralized-thoughts-blog",  # blog
    "ietf-consensus-rfc",  # pointer to RFCs
    "github-honeybadgerbft",  # code
    "github-hotstuff",  # code
    "github-bymc",  # code
    "github-awesome-consensus",  # code
    "epfl-distributed-systems-lectures",  # course material
    "mit-distributed-systems",  # course material
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    seen = set()
    for n, ln in enumerate(lines, 1):
        m = KEY.match(ln)
        if not m:
            continue
        key = m.group("key")
        seen.add(key)
        if key in NOT_PAPERS:
            continue
        last = n
        while last < len(lines) and lines[last].strip():
            last += 1
        t = ITALIC.search(lines[n])
        assert t, (n, lines[n])
        papers.append(entry(lines, n, last, t.group("title").strip()))
    assert NOT_PAPERS <= seen, NOT_PAPERS - seen
    by = {p["line"]: p for p in papers}
    assert len(papers) == 22, len(papers)
    assert sorted(by) == [20, 24, 28, 32, 36, 44, 57, 62, 77, 82, 86, 90, 95, 100, 104, 108,
                          116, 129, 134, 142, 147, 198], sorted(by)
    assert by[20]["title"] == "Practical Byzantine Fault Tolerance", by[20]
    assert by[20]["doi"] == "10.5555/296806.296824", by[20]
    assert by[28]["arxiv"] == "1803.05069", by[28]
    assert by[44]["title"] == "Knowledge and common knowledge in a distributed environment", by[44]
    assert by[90]["title"] == "IronFleet: Proving Practical Distributed Systems Correct", by[90]
    assert by[104]["arxiv"] == "2206.04489", by[104]
    assert by[108]["title"] == "Compositional Verification of Composite Byzantine Protocols (Bythos)", by[108]
    assert by[147]["title"] == (
        "Random Oracles in Constantinople: Practical Asynchronous Byzantine Agreement using Cryptography"
    ), by[147]
    assert by[198]["title"] == (
        "Reaching Consensus in the Byzantine Empire: A Comprehensive Review of BFT Consensus Algorithms"
    ), by[198]
    write_truth(
        NAME,
        PART,
        papers,
        method="Each '**citation-key**' block whose source is a research paper (journal, conference or arXiv"
        " preprint) is one entry, spanning from the key line to the block's last non-blank line (citation, links,"
        " note): 22 entries.  Title = the first *italic* span of the citation line.  Books, textbook chapters,"
        " blog posts, the IETF pointer, code repositories, course materials and the two 'Alias for' blocks are"
        " not entries (listed by key in the script).",
        checked="Read the whole file; classified every keyed block (paper vs book/chapter/blog/repo/course/alias)"
        " by eye, compared the 22 titles and spans in the -v output, and checked the arXiv ids (abs links, the"
        " old-style cs/0006009 at 46, arXiv:2206.04489 in text) and the DOIs from dl.acm.org links.",
    )


if __name__ == "__main__":
    main()
