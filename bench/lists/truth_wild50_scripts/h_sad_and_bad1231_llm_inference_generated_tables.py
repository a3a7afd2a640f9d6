"""Wild50 truth for sad-and-bad1231/awesome-LLM-inference-systems paper-list.md: a Chinese-language, script-generated
survey-style paper list of LLM inference/serving systems work (runtime, PD disaggregation, KV cache, speculative
decoding, kernels, MoE, agents, workloads), newest commit holding the file (a1238c8, 2026-07-18, 247 KB; several
earlier commits were over 300 KB, the newest is not).

Shape: 767 lines, pipe tables only, no Markdown links at all.  ``# Paper List（按类别整理；会议栏为最新发表/审稿状态）`` (1),
an HTML comment saying the file is generated from ``data/papers.jsonl`` (3), a note (5), then two summary tables that
are not paper lists: ``## 当前覆盖概览`` (7) with ``| 类别 | 条目数 | 主用途 |`` (9-20: category, count, use) and
``## Evidence Layers`` (22) with ``| Venue Status | Count |`` (26-31).  Then ten ``## <category>`` sections
(33, 105, 249, 343, 528, 544, 662, 696, 721, 757), each with one four-column table
``| 题目 | 发表的会议 | 主要作者单位 | 一句话总结 |`` (title, venue, affiliations, one-line summary) and an alignment row;
686 data rows in all (67+139+89+180+11+113+29+20+31+7, the counts the overview table states).

Special cases:
- The venue cell is free text: ``OSDI 2024``, ``arXiv 预印本, 2025`` (preprint), ``arXiv AI infrastructure query``,
  ``ICML 2026 official virtual papers``, ``PVLDB 19(5), ...``; the affiliation cell is often empty (305 rows).
- The summary cell is mostly one Chinese sentence, but some rows carry a whole English abstract (55, 185, 428, 431)
  with bare URLs (``https://github.com/...``); no arXiv ids or DOIs anywhere, so every id is None.
- Titles are plain text (no markup, no links); ``Nick: Title`` prefixes (``Llumnix: ...``) are kept.  One title
  opens with a bracketed nickname tag, ``[AAFLOW+] Stateful Operator Abstraction ...`` (607): the tag is dropped like a
  trailing ``[TAG]``.  ``MiniPIC: Flexible Position-Independent Caching in <100LOC`` (324) keeps its ``<`` (not HTML).

Decisions:
- Entry = every data row of the ten category tables (one line each); title = the first (题目) cell, stripped.
- Not entries: the overview and evidence-layer summary tables (rows name categories / venue statuses), headers,
  alignment rows, headings, the comment and note.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "sad-and-bad1231__awesome-LLM-inference-systems__paper-list@a1238c8.md"
PART = "wild50_development"

HEAD = "| 题目 | 发表的会议 | 主要作者单位 | 一句话总结 |"
ALIGN = re.compile(r"^\|(?:-+:?\|)+$")
ROW = re.compile(r"^\| (?P<title>[^|]+?) \| (?P<venue>[^|]*?) \| (?P<aff>[^|]*?) \| (?P<sum>[^|]*?) \|$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0].startswith("# Paper List"), lines[0]
    papers = []
    tables: list[int] = []
    inside = False
    for n, ln in enumerate(lines, 1):
        if ln == HEAD:
            inside = True
            tables.append(0)
            continue
        if not ln.startswith("|"):
            inside = False
            continue
        if ALIGN.match(ln) or not inside:
            continue
        m = ROW.match(ln)
        assert m, (n, ln[:120])
        title = m.group("title").strip()
        if title.startswith("[AAFLOW+] "):
            title = title.removeprefix("[AAFLOW+] ")
        assert not re.search(r"[\[\]*`]|<[a-z/]", title), (n, title)
        papers.append(entry(lines, n, n, title))
        tables[-1] += 1
    assert tables == [67, 139, 89, 180, 11, 113, 29, 20, 31, 7], tables
    assert len(papers) == 686, len(papers)
    t = {p["line"]: p for p in papers}
    assert t[37]["title"] == "Llumnix: Dynamic Scheduling for Large Language Model Serving", t[37]
    assert t[55]["title"] == (
        "FlexLLM: Token-Level Co-Serving of LLM Inference and Finetuning with SLO Guarantees"), t[55]
    assert t[185]["title"] == "Sangam: Efficiently Serving Diffusion LLMs with the AR Stack", t[185]
    assert t[107 + 2]["title"].startswith("DistServe: Disaggregating Prefill and Decoding"), t[109]
    assert t[607]["title"].startswith("Stateful Operator Abstraction with Zero-Copy"), t[607]
    assert t[324]["title"] == "MiniPIC: Flexible Position-Independent Caching in <100LOC", t[324]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert not any(p["line"] < 33 for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the ten four-column category tables (header '| 题目 | 发表的会议 | 主要作者单位 | 一句话总结 |')"
        " is an entry (686: 67/139/89/180/11/113/29/20/31/7 per section, equal to the counts of the file's own"
        " overview table); title = the first (题目) cell as written (the one leading '[AAFLOW+]' tag, 607, dropped); the overview table (9-20) and the Evidence Layers"
        " table (26-31) name categories and venue statuses, not papers, and are skipped.  No links, so no ids.",
        "Read lines 1-40, every section boundary and the last rows; confirmed by awk that all 686 rows have exactly"
        " four cells and no title holds markup, brackets or a pipe, no title repeats, and the per-section counts match"
        " the overview table; looked at the long English-abstract rows 55, 185, 428, 431 (bare github URLs only) and"
        " the empty-affiliation rows; grep found no arXiv id or DOI anywhere in the file; sampled -v titles against"
        " the file in every section.",
    )


if __name__ == "__main__":
    main()
