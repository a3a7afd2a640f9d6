"""Wild59 truth for mahaloz/decompilation-wiki docs/fundamentals/evaluation.md at 4fe5bd6: the "Quality
Evaluation" page of the Decompilation Wiki (a categorized wiki on decompilation research, security / PL).  Prose
sections cite works with Markdown footnote markers ``[^n]``; the footnote definitions at the end form the page's
reference list.

Shape: 78 lines, no trailing newline.  Title (1), prose sections "Control Flow Structuring Metrics", "Variable
Typing Metrics", "Human Evaluation", "Other General Metrics", "Dataset Generation" (5-59) whose sentences and bullet
items (e.g. ``- Gotos[^1][^2][^3][^4][^5]``, 12-15) carry footnote markers.  Then 17 footnote definitions, one a
line, 62-78: ``[^n]: Authors. "Title." Venue. Year.`` (MLA-like, as exported by Google Scholar).

Special cases:
- [^1] (62) is a thesis cited without quotes: ``Cifuentes, Cristina. Reverse compilation techniques. Queensland
  University of Technology, Brisbane, 1994.`` -> title "Reverse compilation techniques" (the text between the first
  ". " after the author and the next ". ").
- [^12] (73) and [^14] (75) are bare titles with no authors, venue or year.
- [^7] (68) has only ``(2011)`` after the title; [^11] (72) is an arXiv preprint (``arXiv:2205.06719``).
- [^16] (77) writes the title with a BibTeX brace group ``{RE-Mind}: a First Look ...``: the braces are case
  protection leaking from BibTeX, not part of the title, so they are dropped ("RE-Mind: a First Look Inside the Mind
  of a Reverse Engineer").
- Quoted titles end with a period inside the quotes (``"...structuring."``): the period is dropped.

Decisions:
- Entry = each footnote definition line ``[^n]: ...`` (62-78): 17 entries, one line each.  [^1] is a PhD thesis,
  kept as an entry (it is a cited research work in the reference list, written like the others).
- The inline markers ``[^n]`` in the prose and bullets are citations of these entries, not entries.
- Title = the text inside the double quotes; when there are no quotes, the bare title ([^12], [^14]) or the
  segment after the author ([^1]).
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "mahaloz__decompilation-wiki__docs__fundamentals__evaluation@4fe5bd6.md"
PART = "wild59_development"

FOOT = re.compile(r"^\[\^(?P<n>\d+)\]: (?P<body>.+)$")
QUOTED = re.compile(r'"(?P<t>[^"]+)"')
BARE = {12, 14}


def title_of(n: int, body: str) -> str:
    m = QUOTED.search(body)
    if m:
        t = m.group("t").strip().rstrip(".").strip()
    elif n in BARE:
        t = body.strip()
    else:  # [^1]: "Surname, Given. Title. Place..."
        t = body.split(". ")[1]
    return t.replace("{", "").replace("}", "")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = FOOT.match(ln)
        if m:
            papers.append(entry(lines, i, i, title_of(int(m.group("n")), m.group("body"))))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 17, len(papers)
    assert min(by) == 62 and max(by) == 78, (min(by), max(by))
    assert by[62]["title"] == "Reverse compilation techniques", by[62]
    assert by[63]["title"] == (
        "Native x86 decompilation using Semantics-Preserving structural analysis and iterative Control-Flow"
        " structuring"
    ), by[63]
    assert by[68]["title"] == "TIE: Principled reverse engineering of types in binary programs", by[68]
    assert by[72]["title"] == "dewolf: Improving Decompilation by leveraging User Surveys", by[72]
    assert by[72]["arxiv"] == "2205.06719", by[72]
    assert by[73]["title"] == "Decomperson: How Humans Decompile and What We Can Learn From It", by[73]
    assert by[75]["title"] == "How far we have come: Testing decompilation correctness of C decompilers", by[75]
    assert by[77]["title"] == "RE-Mind: a First Look Inside the Mind of a Reverse Engineer", by[77]
    assert by[78]["title"] == "Cornucopia: A Framework for Feedback Guided Generation of Binaries", by[78]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every footnote definition line '[^n]: ...' at the end of the page (62-78) is one entry, one line"
        " each (17).  Title = the text inside the double quotes, without its trailing period; [^12] and [^14] are"
        " bare titles; [^1] (a thesis, unquoted) takes the segment after the author name.  The BibTeX braces of"
        " '{RE-Mind}' are dropped.  Inline [^n] markers in the prose are not entries.",
        checked="Read the whole page; compared the -v output with all 17 footnotes, checked the unquoted ones"
        " (62, 73, 75), the arXiv id of [^11] (72), the brace title (77) and that no prose line is an entry.",
    )


if __name__ == "__main__":
    main()
