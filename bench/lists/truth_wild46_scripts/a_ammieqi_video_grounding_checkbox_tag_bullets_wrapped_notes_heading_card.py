"""Wild46 truth for AmmieQi/video_ground README.md: a student's research notes on video grounding (temporal
sentence localization / moment retrieval with natural language) that open a small code repository; newest commit
(5c6e698, 2019-11-01).  The list started as ``related_work.md`` and was moved into README.md (090d909).

Shape: 130 lines, 7 KB.  ``## Video Grounding`` (1); ``### Datasets`` (3-46): bullets for Charades-STA, DiDeMo,
ActivityNet and 20BN-jester with download links, two fenced JSON samples (13-22, 26-44) and a line naming the paper
the Charades-STA labels come from (``Temporal Label from paper: *TALL: ...*`` 6, inside the dataset record);
``### Surveys`` (48) with one numbered plain-text title (49); an HTML comment (51-53); ``### Papers`` (55): an
ordered list whose every item is a task checkbox, ``1. - [x] **[ICCV'17]** **[MCN]** Title, [paper](url)``: a bold
``[VENUE'YY]`` tag, sometimes a second bold nickname/topic tag (``[MCN]``, ``[CTRL]``, ``[Video Collections]``,
``[Object Grounding]``), the title, and a ``[paper](url)`` link (none on 93), with or without a comma before or
after it; sub-groups ``#### Weakly-Supervised`` (86) and ``#### Others`` (92) are headings indented two spaces;
``### Research Areas`` (98, bullets of topics), ``### Video Modeling`` (106: two numbered ``Title. [paper](url),
[code](url)`` items), ``### Materials`` (111: links to other awesome lists, a blog, Zhihu pages, a code repo), rules
and ``#### Details of Efficiency`` (121, one remark) and ``#### Details of Papers`` (125) with one
``###### **[ICCV'17]** **[MCN]** Localizing Moments ...`` card (127) holding an ``<img>`` and a remark (128-130).

Special cases:
- 63 and 67: an italic remark paragraph indented under the item (after a blank line) belongs to the item: entries
  61-63 and 65-67.
- 96: ``*grounding via image not natural language*`` is written unindented after the list but is the remark on the
  IJCAI item 94 (in the older related_work.md it was a quote under that item): entry 94-96.
- 78-79 and 83-84: titles wrapped onto a second, unindented line (``... Video Moment`` / ``Localization with
  Natural Language, [paper](...)``): one entry each, title joined.
- 109: ``3D-ResNet: Can Spatiotemporal 3D CNNs Retrace the History of 2D CNNs and ImageNet?.``: the nickname
  prefix is part of the text and kept, the ``?`` stays, the ``.`` after it is the separator.
- 127-130: the Details of Papers card is a heading section about one paper (MCN, again): an entry, separate from the
  list item 57.
- 6: the TALL title named inside the Charades-STA dataset record is not an entry (the record is about the dataset;
  TALL is its own entry 59).

Decisions:
- Entry = the survey item 49, every checkbox item of Papers (57-94, with their remarks), the two Video Modeling items
  (107, 109) and the card 127-130; title = the text after the bold tags up to the ``[paper]`` link (or line end),
  without the separator comma/period.
- Not entries: datasets, research-area bullets, materials (awesome lists, blog, Zhihu, code repo), the efficiency
  remark, headings, the HTML comment.
- Ids from the entry's lines: arXiv abs/pdf links; none from the Berkeley PDF, ACM ``citation.cfm?id=``, CVF pages.
"""
import re

from _wild46 import entry, read_lines, write_truth

NAME = "AmmieQi__video_ground__README@5c6e698.md"
PART = "wild46_development"

ITEM = re.compile(r"^1\. - \[[ x]\] (?P<rest>.*)$")
TAGS = re.compile(r"^(?:\*\*\[[^\]]+\]\*\*\s+)+")
LINK = re.compile(r",?\s*\[paper\]\(")
REMARK = {61: 63, 65: 67, 94: 96}
WRAPPED = (78, 83)


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "## Video Grounding"
    papers = []
    assert lines[48] == "1. Trends in Integration of Vision and Language Research: A Survey of Tasks, Datasets, and Methods"
    papers.append(entry(lines, 49, 49, lines[48][3:]))
    for n in range(56, 96):
        ln = lines[n - 1]
        m = ITEM.match(ln)
        if not m:
            assert (not ln.strip() or ln.strip().startswith(("#### ", "*")) or n - 1 in WRAPPED
                    or n == 96), (n, ln)
            continue
        rest = m.group("rest")
        last = n
        if n in WRAPPED:
            rest += " " + lines[n]
            last = n + 1
        last = REMARK.get(n, last)
        tags = TAGS.match(rest)
        assert tags, (n, rest)
        rest = rest[tags.end():]
        link = LINK.search(rest)
        title = rest[: link.start()] if link else rest
        papers.append(entry(lines, n, last, title))
    for n in (107, 109):
        ln = lines[n - 1]
        assert ln.startswith("1. "), ln
        papers.append(entry(lines, n, n, ln[3:].split(" [paper](")[0]))
    head = lines[126]
    assert head.startswith("###### ") and len(lines) == 131 and lines[130] == "", (head, lines[128:])
    papers.append(entry(lines, 127, 130, TAGS.sub("", head.removeprefix("###### "))))
    t = {p["line"]: p for p in papers}
    assert (t[57]["title"], t[57]["arxiv"]) == ("Localizing Moments in Video with Natural Language", None), t[57]
    assert (t[59]["title"], t[59]["arxiv"]) == ("TALL: Temporal Activity Localization via Language Query",
                                                "1705.02101"), t[59]
    assert (t[61]["end"], t[61]["title"]) == (63, "Localizing Moments in Video with Temporal Language"), t[61]
    assert t[78]["title"] == "Exploiting Temporal Relationships in Video Moment Localization with Natural Language"
    assert (t[83]["end"], t[83]["arxiv"]) == (84, "1909.05010"), t[83]
    assert t[90]["title"].startswith("Weakly-Supervised Video Object Grounding"), t[90]
    assert (t[93]["title"], t[93]["arxiv"]) == ("TVQA+: Spatio-Temporal Grounding for Video Question Answering",
                                                None), t[93]
    assert (t[94]["end"], t[94]["arxiv"]) == (96, "1906.12165"), t[94]
    assert t[109]["title"].endswith("2D CNNs and ImageNet?"), t[109]
    assert (t[127]["end"], t[127]["title"]) == (130, "Localizing Moments in Video with Natural Language"), t[127]
    assert not any(re.search(r"[\[\]*]", p["title"]) for p in papers)
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Entries (23): the survey item 49, the 19 checkbox items of Papers (57-94, each with its bold venue/nickname"
        " tags dropped, wrapped titles 78-79/83-84 joined, indented remarks 63/67 and the trailing remark 96 kept in"
        " their items), the two Video Modeling items 107/109, and the '######' Details of Papers card 127-130; title"
        " = the text after the tags up to the [paper] link; datasets (incl. the TALL mention 6), research areas,"
        " materials, headings are not entries.",
        "Read all 130 lines; compared -v for every entry: tags dropped (57, 59, 72, 90 with two tags), comma and"
        " no-comma link forms (61, 65, 69), wrapped titles 78/83, remarks 63/67/96, the link-less TVQA+ 93, the '?.'"
        " title 109, the card 127-130; checked the non-entries (dataset bullets 4-46 with the TALL mention 6, research"
        " areas 99-103, materials 112-117, efficiency remark 122); ids: arXiv abs/pdf links, none from the Berkeley"
        " PDF 57, ACM citation.cfm 65 or CVF 70.",
    )


if __name__ == "__main__":
    main()
