"""Wild48 truth for eric8810/dllm-papers paper_list.md: a Chinese student's reading list of diffusion large language
model (dLLM) papers, taken at commit 965ef51 (2025-09-24), the last commit that holds the file: the newest commit
touching it (372d3d3, "relocate isolate docs") deleted paper_list.md in favour of a generated papers/INDEX.md.

Shape: 81 lines, 4 KB, plain text with no Markdown markup, no links, no authors, no venues and no years.  Nine
section lines numbered with Chinese numerals and an ideographic comma (``一、Base模型`` 1, ``二、多模态dLLM`` 6,
``三、Unified Model`` 11, ``四、KV Cache`` 15, ``五、特殊的推理采样方式`` 22, ``六、可变长度`` 35, ``七、RL`` 42,
``八、应用到其它领域`` 59, ``九、推理框架与系统优化`` 70), each followed by papers numbered with full-width
parentheses, ``（1）LLaDA: Large Language Diffusion Models`` (U+FF08 / U+FF09, numbering restarting per section).
Separator lines are empty or hold a single tab (5, 10, 14, 21, 37-58 between every item of sections 6 and 7);
sections 8-9 put an empty line between items.

Special cases:
- 3 ``Dream 7B`` and 4 ``SDAR``: the work is named only by its model name (the papers are "Dream 7B: Diffusion Large
  Language Models" and "SDAR: A Synergistic Diffusion-AutoRegression Paradigm ..."); the written name is kept as the
  title, as it is what the list writes in the title place.
- 17 ends with a stray ideographic comma ``...Adaptive Caching、``: a separator, dropped from the title.
- Typos kept as written: ``byEnabling`` (18, 23), ``TEMPORALDYNAMICS`` (29, all caps title), ``LargeLanguage`` (51);
  the double spaces of 25 and 27 collapse to one.
- Repeats are separate entries: Fast-dLLM (18, 23), DPad (20, 33), LaViDa (7, 28), Dimple (8, 25).
- Section 9 (71-81) lists LLM serving/decoding works (vLLM, FlexGen, SpecInfer, Medusa, Lookahead Decoding...);
  they are read as papers like the rest (71 writes vLLM by its announcement title "vLLM: Easy, Fast, and Cheap LLM
  Serving with PagedAttention"; 81 "Lookahead Decoding: A New Way ..." likewise) because the list names them in the
  same paper slots; kept as entries with the written title.

Decisions:
- Entry = every ``（n）title`` line (one line each, 46); title = the text after the closing full-width parenthesis.
- Not entries: the nine section lines and the blank/tab lines.
- No ids anywhere in the file (no links, no arXiv numbers, no DOIs).
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "eric8810__dllm-papers__paper_list@965ef51.md"
PART = "wild48_development"

ITEM = re.compile(r"^（(?P<num>\d+)）(?P<title>.+)$")
SECTION = re.compile(r"^[一二三四五六七八九十]、\S")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "一、Base模型"
    papers = []
    sections: list[int] = []
    for n, ln in enumerate(lines, 1):
        if SECTION.match(ln):
            sections.append(0)
            continue
        if not ln.strip():
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        sections[-1] += 1
        assert int(m.group("num")) == sections[-1], (n, ln)
        title = m.group("title").strip().removesuffix("、")
        papers.append(entry(lines, n, n, title))
    assert sections == [3, 3, 2, 5, 11, 3, 8, 5, 6], sections
    t = {p["line"]: p for p in papers}
    assert t[2]["title"] == "LLaDA: Large Language Diffusion Models", t[2]
    assert t[3]["title"] == "Dream 7B" and t[4]["title"] == "SDAR", (t[3], t[4])
    assert t[17]["title"] == "dLLM-Cache: Accelerating Diffusion Large Language Models with Adaptive Caching", t[17]
    assert t[25]["title"] == "Dimple: Discrete Diffusion Multimodal Large Language Model with Parallel Decoding"
    assert t[29]["title"] == "TIME IS A FEATURE: EXPLOITING TEMPORALDYNAMICS IN DIFFUSION LANGUAGE MODELS", t[29]
    assert t[81]["title"] == "Lookahead Decoding: A New Way to Accelerate Large Language Models", t[81]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert len(papers) == 46, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every line numbered with full-width parentheses '（n）' is an entry (46, numbering restarts in each of the"
        " nine Chinese-numeral sections); title = the text after '）', a stray trailing ideographic comma '、' (17)"
        " dropped; model-name-only items 'Dream 7B' (3) and 'SDAR' (4) keep the written name as title; repeats"
        " (Fast-dLLM 18/23, DPad 20/33, LaViDa 7/28, Dimple 8/25) are separate entries; section 9's serving/decoding"
        " works (71-81) are entries too; section lines and blank/tab-only lines are not entries; no ids in the file.",
        "Read all 81 lines (decoded) and compared -v for all 46 items: per-section counts 3/3/2/5/11/3/8/5/6 with"
        " numbering checked, tab-only separators 37-58, stray '、' on 17, typos kept (byEnabling 18/23,"
        " TEMPORALDYNAMICS 29, LargeLanguage 51), double spaces 25/27 collapsed, no arXiv/DOI anywhere.",
    )


if __name__ == "__main__":
    main()
