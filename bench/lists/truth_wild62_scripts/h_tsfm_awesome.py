"""Wild62 truth for rezahabibi96/awesome-time-series-foundation-model README.md at b76c226 (2025-12-18): a small
"awesome" list of time-series foundation-model papers with a method/setting taxonomy; papers are in two Markdown
tables that give titles only (no links, no ids at all).

Shape: 109 lines.  Title and table of contents (1-13); ``### Method Taxonomy`` (19-68) and ``### Setting
Taxonomy`` (70-78) are nested bullet lists of tag names with backticked codes (``Mod-Single``, ``PT-LLM`` ...);
``### Survey Papers`` (80) has a table ``| **Title** | **Year** | **Venue** | **Type** | **Setting** |`` (82-88)
whose Setting cell is sometimes a backticked ``**``; ``### Research Papers`` (90) has a table
``| **Title** | **Year** | **Venue** |`` (92-104) where each title is followed by `` -- <model name>``
(``Chronos: Learning the language of time series by Amazon -- Chronos``).  ``## Acknowledgements`` (108-109)
ends with an unfinished sentence and no links.

Special cases:
- The `` -- Name`` suffix in the research table is the model's short name, not part of the title; for
  ``TimeGPT-1 -- TimeGPT-1`` (99) the title is just ``TimeGPT-1``.
- ``Chronos: Learning the language of time series by Amazon -- Chronos`` (100): ``by Amazon`` names the
  authors' company, not part of the paper's title (``Chronos: Learning the Language of Time Series``); it is
  removed by hand (BY_AMAZON below).
- Venue ``IKCIKM`` (95) is a typo of the file; titles keep the file's casing (``llm agents`` on 94).
- No entry has a link, so every arXiv id and DOI is None.
- Taxonomy bullets (22-78) name tags, not papers: not entries.

Decisions:
- Entry = each data row of the two tables (5 + 11 = 16 entries).
- Title = the first cell, with a trailing `` -- <name>`` removed (research table only).
"""
from _wild62 import entry, read_lines, write_truth

NAME = "rezahabibi96__awesome-time-series-foundation-model__README@b76c226.md"
PART = "wild62_held_out"
BY_AMAZON = " by Amazon"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("| ") or ln.startswith("| **Title**"):
            continue
        title = ln.strip().strip("|").split("|")[0].strip()
        if " -- " in title:
            title = title.rsplit(" -- ", 1)[0]
        title = title.removesuffix(BY_AMAZON)
        papers.append(entry(lines, n, n, title))
    on = {p["line"]: p for p in papers}
    assert len(papers) == 16, len(papers)
    assert sorted(on) == list(range(84, 89)) + list(range(94, 105)), sorted(on)
    assert on[84]["title"] == "Foundation models for time series: A survey", on[84]
    assert on[88]["title"] == "Self-supervised learning for time series: Contrastive or generative?", on[88]
    assert on[94]["title"] == "Training-free time series classification via in-context reasoning with llm agents"
    assert on[99]["title"] == "TimeGPT-1", on[99]
    assert on[100]["title"] == "Chronos: Learning the language of time series", on[100]
    assert on[103]["title"].startswith("Tiny Time Mixers (TTMs): Fast pre-trained models"), on[103]
    assert on[103]["title"].endswith("multivariate time series"), on[103]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Each data row of the 'Survey Papers' table (| Title | Year | Venue | Type | Setting |) and the"
        " 'Research Papers' table (| Title | Year | Venue |) is one entry (16).  Title = the first cell; in the"
        " research table the trailing ' -- <model name>' suffix is removed (TimeGPT-1 -- TimeGPT-1 gives"
        " 'TimeGPT-1'), and the attribution ' by Amazon' after the Chronos title (100) is dropped."
        "  The file has no links, so no ids.  Taxonomy bullet lists of tags are"
        " not entries.",
        checked="Read the whole file; compared the -v output with all 16 rows, the suffix removal on every research"
        " row (99 TimeGPT-1, 100 Chronos 'by Amazon', 103 Tiny Time Mixers), and that no taxonomy bullet is an"
        " entry.",
    )


if __name__ == "__main__":
    main()
