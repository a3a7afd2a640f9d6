"""Wild62 truth for jiangnanboy/paper_read_note nlp/chinese_text_correction/README.md at 75c37a6: the index of a
personal reading-notes folder on Chinese spelling / grammatical error correction, each paper linking to a note
page in Chinese.

Shape: 43 lines.  Heading ``## chinese text correction`` (1), then 21 numbered items on even lines 2-42, blank
lines between: ``(<n>). ***<title>(<venue><year>)*** [笔记地址](./<n>/README.md)``.

Special cases:
- The venue and year are glued to the title inside the bold-italic span, without a space:
  ``...Based On DAE-Decoder Paradigm(EMNLP2019)***``; the title ends before that last parenthesis group.
- Titles are written with their colons dropped (``FASPell A Fast, Adaptable, ...``, ``SpellGCN Incorporating
  ...``, ``Read, Listen, and See Leveraging ...``, ``... What Works and What's Next``): kept as the file writes them.
- ``[笔记地址]`` ("note address") links to a local note page, not to the paper: no ids anywhere in the file.
- The numbering is ``(n).`` in parentheses, not a Markdown ordered list.

Decisions:
- Entry = each ``(n). ***...***`` line (21 entries).
- Title = the bold-italic text without its trailing ``(venue year)`` group.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "jiangnanboy__paper_read_note__nlp__chinese_text_correction__README@75c37a6.md"
PART = "wild62_held_out"

ITEM = re.compile(r"^\((\d+)\)\. \*\*\*(.+)\(([^()]*)\)\*\*\* \[笔记地址\]\(\./\1/README\.md\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if ln.startswith("("):
            m = ITEM.match(ln)
            assert m, (n, ln)
            papers.append(entry(lines, n, n, m.group(2).strip()))
    assert len(papers) == 21, len(papers)
    assert [p["line"] for p in papers] == list(range(2, 43, 2))
    by = {p["line"]: p for p in papers}
    assert by[2]["title"] == "FASPell A Fast, Adaptable, Simple, Powerful Chinese Spell Checker Based On DAE-Decoder" \
        " Paradigm", by[2]
    assert by[6]["title"] == "Spelling Error Correction with Soft-Masked BERT", by[6]
    assert by[28]["title"] == "Read, Listen, and See Leveraging Multimodal Information Helps Chinese Spell Checking"
    assert by[38]["title"].endswith("for Chinese Spell Checking What Works and What's Next"), by[38]
    assert by[42]["title"].startswith("GrammarGPT Exploring Open-Source LLMs"), by[42]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Each numbered line '(n). ***title(VenueYear)*** [笔记地址](./n/README.md)' is one entry (21)."
        "  Title = the bold-italic text without the venue/year group glued to its end, as written (colons"
        " already dropped by the file).  The links point to local Chinese note pages; no ids.",
        checked="Read the whole file; compared all 21 titles in the -v output with the lines, checking that the"
        " venue group is cut without eating title text (6, 28, 38) and that no id is invented.",
    )


if __name__ == "__main__":
    main()
