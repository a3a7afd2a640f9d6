"""Wild55 truth for emharsha1812/emharsha1812.github.io ``_posts/2025-07-04-survey-paper.md``: "Survey Papers List",
a Jekyll blog post (al-folio front matter, 1-11) copying Kalyan KS's curated list of LLM survey papers, taken at
17bf36d (2025-04-12), the commit that added it; the next commit (dd69eb6) deleted the post, so the newest commit
touching the path has no file.

Shape: 355 lines.  Front matter (1-11), an HTML ``<p>`` of social badges (13-23), a ``## Quick links`` table of
in-page anchors (25-35, three columns of emoji links: not papers), ``## Related Repositories`` (37-39, two GitHub
repos: not papers), then 24 ``## <topic>`` sections (42 ``## General`` ... ``## Others``), each a Markdown table.
Most tables have the header ``| Paper | Link |`` and rows ``| <title> | [Link](https://arxiv.org/abs/...) |``; the
last two have three columns, ``| Paper | Domain | Link |`` (261, 35 rows) and ``| Paper | Category | Link |`` (300,
54 rows); the others hold 2 to 19 rows.

Special cases:
- The title is plain text in the first cell; the link text is always ``Link``, so ids come from the URL only.
- 263 links to the placeholder ``(URL)`` and 307 has an empty link cell: still entries, with no id; the TechRxiv
  (49) and ACL Anthology (349) links give none either.
- Some URLs keep a version (``2503.01245v2`` 264, ``2501.02189v5``); the helper drops it.
- A few titles carry odd spacing or typography kept as written: ``LLM' s KV-Cache`` (328), ``Social Networks :``,
  an en dash ``– A Detailed Survey``, ``Evalutions`` (273, a typo in the file).
- The same survey can appear in two sections (e.g. narrative visualization 291 and 341, with different title
  wording): each row is its own entry.

Decisions:
- Entry = each data row of a table whose header's first cell is ``Paper`` (lines 45-355); the quick-links table
  and the related-repositories bullets are not entries.
- Title = the first cell, trimmed.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "emharsha1812__emharsha1812.github.io___posts__2025-07-04-survey-paper@17bf36d.md"
PART = "wild55_development"

HEADER = re.compile(r"^\|\s*Paper\s*\|")
SEP = re.compile(r"^\|[-| ]+\|\s*$")
ROW = re.compile(r"^\|(?P<first>[^|]*)\|")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_table = False
    for n, ln in enumerate(lines, 1):
        if HEADER.match(ln):
            in_table = True
            continue
        if not ln.startswith("|"):
            in_table = False
            continue
        if not in_table or SEP.match(ln):
            continue
        m = ROW.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("first").strip()))
    by = {p["line"]: p for p in papers}
    assert by[45]["title"] == "Large Language Models: A Survey", by[45]
    assert by[45]["arxiv"] == "2402.06196", by[45]
    assert by[263]["title"].startswith("Large language models (LLM) in computational social science"), by[263]
    assert by[263]["arxiv"] is None, by[263]
    assert by[307]["arxiv"] is None and by[307]["title"].startswith("Privacy-Preserving Large Language Models")
    assert by[264]["arxiv"] == "2503.01245", by[264]
    assert min(by) == 45 and max(by) == 355, (min(by), max(by))
    assert len(papers) == 218, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the topic tables whose header begins '| Paper |' (2-column Paper/Link tables and the"
        " 3-column Paper/Domain/Link and Paper/Category/Link tables at the end) is one survey paper; the quick-links"
        " anchor table and the two related-repository bullets are not.  Title = the first cell as written; ids come"
        " from the [Link](...) URL (none for the '(URL)' placeholder and the empty cell).",
        "Listed every table row and compared the -v output with the file section by section: row count per table"
        " (24 tables, 218 rows), the placeholder link at 263, the empty link cell at 307, versioned arXiv URLs, and titles"
        " with odd spacing or en dashes kept as written.",
    )


if __name__ == "__main__":
    main()
