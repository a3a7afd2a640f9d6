"""Wild54 truth for sustech-nlp/awesome-text-world-models README.md: the paper list accompanying the survey
"Bridging the Agent-World Gap: Text World Models for LLM-based Agents" (arXiv 2606.09032), a survey companion
repository; newest commit (112fc0d, 2026-06-09, "add arxiv link"; the only other commit is the initial one).

Shape: 315 lines, 24 KB.  Title and badges (1-6), a prose paragraph naming the survey with an empty link
``***[Bridging the Agent-World Gap: ...]()***`` (10), a fenced ``bibtex`` block with the survey's record
``@misc{li2026textworldmodels, title={...}, ..., eprint={2606.09032}, ..., url={https://arxiv.org/abs/2606.09032}}``
(22-32, record 23-31), a News bullet linking the survey (38), overview figures and a table of contents (42-74), then
four numbered parts (``## 🏗️ 3. Building Text World Models`` ... ``## 📊 6. Evaluation``) with 13 ``###`` subsections,
each a one-line description and a pipe table ``| Title | Year | Venue | Paper | Code |`` (90-283).  Data rows are
``| **Title** | 2025 | COLING 2025 | [Paper](url) | [Code](url) |`` or ``... | - |``; the Title cell is bold and often
ends with a parenthesised nickname ``(SWIRL)``, ``(LLM-MCTS)``, ``(WebDreamer)`` (22 rows).  A
``## 📝 Citation`` section repeats the survey's BibTeX record (291-301, record 292-300), and ``## 🙌 Contributing``
shows a template table inside a fenced ``markdown`` block (309-313) with the placeholder row ``| **Paper Title** |
2025 | Conference/Journal Name | [Paper](https://arxiv.org/abs/xxxx.xxxxx) | ... |`` (312).

Special cases:
- The trailing parenthesised nicknames (``(SWIRL)``, ``(LLM-MCTS)``, ``(WebDreamer)``, ``(AgentScaler)``,
  ``(WorldMind)``, ``(SPA)``, ``(Simia)``, ``(DreamGym)``, ``(UserLM)``, ``(PAHF)``, ``(Pep)``, ``(WMA)``, ``(RAP)``,
  ``(LATS)``, ``(TheoryCoder)``, ``(FOREAGENT)``, ``(INTENT)``, ``(WAC)``, ``(ByteSized32)``) are the list's tags,
  not part of the papers' titles, and are dropped; ``Nick: Title`` prefixes are kept.
- Papers filed under several subsections repeat (From Word to World x3, Agent Learning via Early Experience x2,
  Reinforcement World Model Learning x2, LLM-MCTS x2, WebDreamer x2, AgentScaler x2, Code World Models x2,
  SWE-World x2, Computer-Using World Model x2, Beyond State Consistency x2): each row is its own entry.
- ``τ²-Bench`` (268) keeps its Unicode; ``Echo-N1: Affective RL Frontier`` (181) is a tech report, counted.
- ACL Anthology links (92, 217, 271) give no DOI; all other rows link arXiv abs pages.
- The two BibTeX records of the survey (23-31, 292-300) are references to a research work and count as entries
  (title = the title field); the prose mention (10) and the News bullet (38) are running text / news, not entries.
- The template row 312 (``**Paper Title**``, ``xxxx.xxxxx``) inside the fenced Contributing example is not an entry.

Decisions:
- Entry = every data row of the 13 subsection tables (85, one line each), title = the bold Title cell without a
  trailing ``(Nickname)``; plus the 2 BibTeX records.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "sustech-nlp__awesome-text-world-models__README@112fc0d.md"
PART = "wild54_development"

HEAD = "| Title | Year | Venue | Paper | Code |"
ROW = re.compile(r"^\| \*\*(?P<title>[^*]+)\*\* \| (?P<year>\d{4}) \| (?P<venue>[^|]+) \| (?P<paper>[^|]+) \| (?P<code>[^|]+) \|$")
NICK = re.compile(r" \((?P<nick>[A-Za-z0-9-]+)\)$")
BIB_TITLE = re.compile(r"^\s+title=\{(?P<t>[^{}]+)\},$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Awesome Text World Models for LLM-based Agents", lines[0]
    papers = []
    fence = False
    inside = False
    nicks = 0
    for n, ln in enumerate(lines, 1):
        if ln.startswith("```"):
            fence = not fence
            continue
        if ln.startswith("@misc{li2026textworldmodels,"):
            assert fence, n
            end = next(k for k in range(n, len(lines) + 1) if lines[k - 1] == "}")
            t = [BIB_TITLE.match(lines[k - 1]) for k in range(n, end + 1)]
            t = [m.group("t") for m in t if m]
            assert len(t) == 1, (n, t)
            papers.append(entry(lines, n, end, t[0]))
            continue
        if fence:
            continue
        if ln == HEAD:
            inside = True
            continue
        if not ln.startswith("|"):
            inside = False
            continue
        if ln.startswith("|---"):
            continue
        assert inside, (n, ln)
        m = ROW.match(ln)
        assert m, (n, ln)
        title = m.group("title")
        k = NICK.search(title)
        if k:
            title = title[: k.start()]
            nicks += 1
        papers.append(entry(lines, n, n, title))
    assert nicks == 22, nicks
    assert len(papers) == 87, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[23]["title"], t[23]["end"], t[23]["arxiv"]) == (
        "Bridging the Agent-World Gap: Text World Models for LLM-based Agents", 31, "2606.09032"), t[23]
    assert (t[292]["title"], t[292]["end"]) == (t[23]["title"], 300), t[292]
    assert (t[92]["arxiv"], t[92]["doi"]) == (None, None), t[92]
    assert t[99]["title"] == "Self-Improving World Modelling with Latent Actions", t[99]
    assert (t[111]["title"], t[111]["arxiv"]) == (
        "Is Your LLM Secretly a World Model of the Internet? Model-Based Planning for Web Agents", "2411.06559"), t[111]
    assert t[253]["title"] == "Can Language Models Serve as Text-Based World Simulators?", t[253]
    assert t[268]["title"] == "τ²-Bench: Evaluating Conversational Agents in a Dual-Control Environment", t[268]
    assert t[283]["title"] == "Interactive Benchmarks", t[283]
    assert 312 not in t and 10 not in t and 38 not in t
    assert sum(1 for p in papers if p["title"].startswith("From Word to World")) == 3
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the 13 'Title | Year | Venue | Paper | Code' tables (92-283, 85 rows) is an entry, title"
        " = the bold Title cell with a trailing parenthesised nickname tag '(SWIRL)' etc. dropped (22 rows);"
        " repeats across subsections are separate entries; plus the survey's own BibTeX record in both fenced"
        " bibtex blocks (23-31, 292-300), title = the title field; the prose mention (10), the News bullet (38) and"
        " the fenced Contributing template row (312) are not entries.",
        "Read all 315 lines; compared -v with every table row 92-283 (nickname tags dropped on 22 rows, 'Nick:'"
        " prefixes kept, τ²-Bench 268, repeats such as From Word to World 93/230/254), both BibTeX records (arXiv"
        " 2606.09032 from the url field), ACL Anthology rows 92/217/271 without ids, template row 312 left out.",
    )


if __name__ == "__main__":
    main()
