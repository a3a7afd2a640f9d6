"""Wild49 truth for DrYu0815/Survey README.md: the companion repository of the TOIS survey "Comprehensive Reviews into
Function Calling in Large Language Models: An Industrial Perspective" (Wang et al., 2025), newest commit touching
README.md (1e7ada7, 2025-03-24; 49 commits rewrote the README, earlier ones had other table layouts).

Shape: 497 lines, 56 KB, almost all pipe tables (295 table lines) under a heading tree.  Lines 1-21: title, a bullet
list of topics, "Please cite our survey paper" and a ```` ```bibtex ```` block (13-21) holding the survey's own
``@article{wang2025comprehensive, title={...}, ...}``; TOC (23-29); figures.  Then:
- ``## Challenges`` (38-65): three ``| Challenge | Description |`` tables, no papers.
- ``## Sample Construction and Fine-Tuning`` (71-131): ``| Method | Description |`` (no papers), ``| Approach | Paper
  | Code | Description |`` (81-88), ``| Method | Paper | Description |`` (91-114), an ``| Emphasis | Description |``
  table (no papers).
- ``## Deployment and Inference`` (133-346): ``| Name | Paper | Venue | Code | Comment |`` tables (Task Planning),
  ``| Approach | Paper | Code | Comment |`` tables (prompt construction, function mapping, response generation,
  memory) and ``| Approach | Paper | Venue | Code | Comment |`` (Function Generation).
- ``## Evaluation`` (348-428): ``| Metric | Description | Example Works |`` tables (paper in the LAST cell) and
  ``| Name | Paper | Code | Description |`` benchmark tables.
- ``### Industry Products`` (430-474): ``| Name | Organization | Release/Paper | Description |``, then three tables
  whose third cell is ``[Code](github)`` / ``[Model](huggingface)``, and ``| Name | Organization | Link |
  Description |`` whose link cell is ``[Paper](https://arxiv.org/abs/...) (Zeng et al., 2023)``.
- ``## Open Issues`` (476-497): bold-label bullets, no papers.
A paper cell is always ``[Title](url) (Surname et al., Year)``; the code cell ``[Code](url)`` or ``-``.

Special cases:
- Many rows have ``-`` in the Paper cell (``| Four-shot prompting | - | - | ... |``, the Validation table 269-271):
  no paper, not entries.
- The same paper recurs in many rows (Toolformer 5 times, "Unleashing infinite-length input capacity ..." 3 times,
  Memgpt 4 times, Synapse 3 times...), also twice in a row in one table (Memory Management 327-328): each row is its
  own entry.
- Commercial Platforms (433-439): two rows link vendor blog posts (``Introducing ChatGPT plugins`` openai.com/blog,
  ``Introducing Cohere Command Light`` txt.cohere.com): not papers, not entries; the ``Claude 3 Opus technical
  report`` PDF, ``Qwen Technical Report`` and ``DeepSeek: ...`` rows are (technical reports).  The Octopus technical
  report row (457) of the agent-systems table is an entry; all other rows of the Frameworks/Agents/Open-model
  tables are code or model links: not entries.
- Training Resources (470-474): the link text is just ``Paper``; the title is not written (only the dataset name
  AgentInstruct/AgentOhana/Lumos in the first cell): entries with title None.
- The survey's own BibTeX block (13-21) is a reference to a paper: one entry, title from ``title={...}``.
- Titles are written as the list writes them, lower-case and mis-attributed ones included (``Toolkengpt: ...``,
  ``INSTRUCTION FOLLOWING EVALUATION BY PREDICTING HUMAN FEEDBACK``, ``TPTU`` row titled "Test-Time Prompt Updating
  for Text-to-Image Generative Models").

Decisions:
- Entry = the BibTeX block (13-21; one entry spanning the @article lines 14-20) and every table row with a cell ``[Text](url)``
  whose text is not ``Code``/``Model``, minus the two vendor-blog rows; one line each.
- Title = that link text (the ``(Surname et al., Year)`` after it dropped); None when the text is ``Paper``.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "DrYu0815__Survey__README@1e7ada7.md"
PART = "wild49_development"

CELL = re.compile(r"^\[(?P<text>[^\]]+)\]\((?P<url>https?://[^)\s]+)\)(?: \((?P<cite>[^()]+)\))?$")
BLOGS = ("https://openai.com/blog/chatgpt-plugins", "https://txt.cohere.com/command-light/")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Comprehensive Reviews into Function Calling in Large Language Models"
    papers = []
    assert lines[12] == "```bibtex" and lines[20] == "```", (lines[12], lines[20])
    bib = re.match(r"^  title=\{(?P<t>[^{}]+)\},$", lines[14])
    assert bib, lines[14]
    papers.append(entry(lines, 14, 20, bib.group("t")))
    skipped = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("|") or re.match(r"^\|[-| :]+\|$", ln):
            continue
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        hits = [m for m in (CELL.match(c) for c in cells) if m and m.group("text") not in ("Code", "Model")]
        if not hits:
            continue
        assert len(hits) == 1, (n, ln)
        m = hits[0]
        if m.group("url") in BLOGS:
            skipped.append(n)
            continue
        title = None if m.group("text") == "Paper" else m.group("text")
        papers.append(entry(lines, n, n, title))
    assert skipped == [435, 437], skipped
    t = {p["line"]: p for p in papers}
    assert (t[14]["title"], t[14]["end"]) == (
        "Comprehensive Reviews into Function Calling in Large Language Models: An Industrial Perspective", 20), t[14]
    assert (t[83]["title"], t[83]["arxiv"]) == ("Toolformer: Language models can teach themselves to use tools",
                                                "2302.04761"), t[83]
    assert t[88]["title"] == "Hammer: Robust Function-Calling for On-Device Language Models via Function Masking"
    assert t[361]["title"] == "COLT: Towards Completeness-Oriented Tool Retrieval for Large Language Models", t[361]
    assert t[436]["title"] == "Claude 3 Opus technical report", t[436]
    assert (t[472]["title"], t[472]["arxiv"]) == (None, "2312.03791"), t[472]
    assert [p["line"] for p in papers if p["title"] is None] == [472, 473, 474]
    titles = [p["title"] for p in papers]
    assert titles.count("Toolformer: Language models can teach themselves to use tools") == 5
    assert len(papers) == 167, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Entry = the survey's own BibTeX block (14-20, title from title={}) and every pipe-table row with a"
        " '[Text](url)' cell whose text is not Code/Model (the Paper, Example Works, Release/Paper or Link column),"
        " except the two vendor-blog rows (ChatGPT plugins 435, Cohere Command Light 437): 167 entries, one line"
        " each; title = the link text without the '(Surname et al., Year)' after it, None for '[Paper](...)' links"
        " (472-474); '-' paper cells, challenge/method/metric-only tables, code/model-only rows are not entries;"
        " repeated papers are separate entries.",
        "Read all 497 lines; compared -v with the file table by table for every entry (all 167): the paper column"
        " moving between 2nd, 3rd and last cell, '-' rows skipped (216, 221-222, 229, 264, 269-271), the"
        " Industry Products tables (436, 438-439 and 457 kept; blog rows 435/437 and all [Code]/[Model] rows"
        " dropped), 472-474 title None with arXiv ids; ids are arXiv abs links for most rows, ACL Anthology/AAAI/"
        "NeurIPS/Nature/ScienceDirect/Anthropic links give none.",
    )


if __name__ == "__main__":
    main()
