"""Wild43 truth for AmenRa/GuardBench docs/datasets.md: the dataset page of a small guardrail-model benchmark
library -- a summary table of its 35 safety datasets, then one section per dataset whose paper is cited only in a
BibTeX block folded into a ``<details>`` card; newest commit f4a8cb0 (2025-04-01).

Shape: note (3-4: five datasets "will be released soon"), summary pipe table (6-42: ``| [AdvBench
Behaviors](#advbench-behaviors) | Prompts | Instructions | 520 | 100% | advbench_behaviors |`` -- dataset names
linking to the sections below, counts, aliases; no paper, no URL), then 35 sections ``## <Dataset>`` (44 ...
1155), each with metadata bullets (``- Language(s):``, ``- Source(s):``, ``- License:`` -- HEx-PHI's license is
a Hugging Face URL, 537 -- ``- Alias:``) and ``<details>`` / ``<summary>BibTeX</summary>`` / an indented
```` ```bibtex```` fence holding one entry / ``</details>``.  The BibTeX is DBLP-style (``journal = {CoRR}``,
``volume = {abs/<id>}``, ``url = {https://doi.org/10.48550/arXiv.<id>}``, ``doi = {10.48550/ARXIV.<id>}``,
``eprint``), ACL-Anthology-style with double quotes (ToxiGen 813-834, title ``"{T}oxi{G}en: ..."``) or
NeurIPS-proceedings-style (``papers.nips.cc`` URL with ``\\_`` escapes, no DOI).  Titles wrap over two lines and
carry case-protecting braces (``HarmBench: {A} Standardized ...``, ``{AART:} AI-Assisted ...``, ``{DICES}
Dataset: ...``); 431 is ``"Do Anything Now": Characterizing ...`` with literal quotes; TDCRedTeaming's title line
ends in a space before its wrap (377-378).  StrongREJECT's ``url`` is broken over two lines (339-340
``...arXiv.2402.`` / ``10260},``).  Datasets drawn from one paper repeat its BibTeX: ``advbench`` (AdvBench
Behaviors 54-71, AdvBench Strings 608-625), ``i_datasets`` (the four I-* sections, Safety-Tuned LLaMAs),
``dices`` (DICES 350 and 990), ``harmful_qa`` (HarmfulQA Questions and HarmfulQA).

Decisions:
- An entry is each fenced BibTeX block (35), from its opening fence to its closing fence: each cites the paper
  behind one dataset (articles, proceedings papers, the TDC 2023 NeurIPS competition-track report).  Repeated
  blocks in different sections are separate entries, as the format says.
- Title = the BibTeX ``title`` field (braced or quoted, wrapped lines joined), BibTeX case-protecting braces
  removed (``{T}oxi{G}en`` -> ``ToxiGen``, ``{AART:}`` -> ``AART:``), other text as written (the quotes of
  ``"Do Anything Now"`` kept).
- Ids: arXiv from the block (the 10.48550 DOI / URL); DOI = the ``doi`` field lower-cased (the arXiv DOI for
  CoRR entries, ``10.18653/v1/...`` for ACL papers, ``10.1609/aaai.v37i12.26752``), which also settles
  StrongREJECT whose broken ``url`` line holds only ``10.48550/arXiv.2402.``; DoNotAnswer (aclanthology URL only),
  the NeurIPS entries (DecodingTrust, BeaverTails, DICES) and TDC have no DOI.
- Not entries: the summary table rows (dataset names linking to the sections, no paper), the section headings
  and metadata bullets (they describe datasets), the note.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import arxiv_of, entry, read_lines, write_truth

NAME = "AmenRa__GuardBench__docs__datasets@f4a8cb0.md"
PART = "wild43_development"


def field(body: str, name: str) -> str | None:
    """A BibTeX field's raw value (balanced braces or double quotes), wrapped lines included."""
    m = re.search(rf"^\s*{name}\s*=\s*", body, flags=re.MULTILINE)
    if not m:
        return None
    rest = body[m.end():]
    if rest.startswith('"'):
        return rest[1:rest.index('"', 1)]
    assert rest.startswith("{"), (name, rest[:40])
    depth = 0
    for i, ch in enumerate(rest):
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth == 0:
            return rest[1:i]
    raise AssertionError(name)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    keys = []
    opens = [n for n, ln in enumerate(lines, 1) if ln == "  ```bibtex"]
    for a in opens:
        b = next(k for k in range(a + 1, len(lines) + 1) if lines[k - 1] == "  ```")
        assert lines[a - 3] == "  <summary>BibTeX</summary>" and not lines[a - 2] and lines[b] == "</details>", a
        body = "\n".join(lines[a : b - 1])
        assert body.count("\n  @") + body.startswith("  @") == 1, a
        keys.append(re.match(r"\s*@\w+\{(\w+),", body).group(1))
        raw = field(body, "title")
        title = re.sub(r"\s+", " ", raw.replace("{", "").replace("}", "")).strip()
        p = entry(lines, a, b, title)
        d = field(body, "doi")
        p["doi"] = d.lower() if d else None
        p["arxiv"] = arxiv_of(body)
        papers.append(p)
    heads = [n for n, ln in enumerate(lines, 1) if ln.startswith("## ")]
    assert len(heads) == len(opens) == 35 and all(h < a for h, a in zip(heads, opens, strict=True))
    assert all(not ln.startswith("| [") or "](#" in ln for ln in lines[5:42])
    assert keys.count("i_datasets") == 4 and keys.count("advbench") == 2 and keys.count("dices") == 2
    by = {p["line"]: p for p in papers}
    sr = by[opens[keys.index("strong_reject_instructions")]]
    assert sr["arxiv"] == "2402.10260" and sr["doi"] == "10.48550/arxiv.2402.10260"
    assert by[opens[keys.index("toxigen")]]["title"].startswith("ToxiGen: A Large-Scale")
    assert by[opens[keys.index("do_not_answer")]]["doi"] is None
    assert len(papers) == 35, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each of the 35 fenced BibTeX blocks (one per dataset section, in <details> cards) is an entry from fence"
        " to fence: title = the BibTeX title field with wrapped lines joined and case-protecting braces removed;"
        " DOI = the doi field lower-cased, arXiv id from the block's 10.48550 DOI/URL; blocks repeated across"
        " sections (advbench x2, i_datasets x4, dices x2, harmful_qa x2) are separate entries; the summary table"
        " (dataset names linking to sections), section headings and metadata bullets are not entries.",
        "Whole 1186-line file read; every ```bibtex fence paired with its closing fence inside a <details> card"
        " and its section heading asserted; -v output compared with all 35 blocks' titles and ids (first 54-71"
        " and last 1165-1185), with special attention to wrapped titles (HarmBench, Safety-Tuned LLaMAs,"
        " TDC 2023 trailing-space wrap, Do Anything Now quotes), braces ({T}oxi{G}en, {AART:}, {DICES}), the"
        " broken StrongREJECT url, the quoted ACL-style ToxiGen block, NeurIPS blocks without DOI, and the"
        " repeated blocks; the summary table rows checked to be anchor links only.",
    )


if __name__ == "__main__":
    main()
