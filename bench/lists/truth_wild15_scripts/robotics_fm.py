"""Wild15 truth for robotics-survey/Awesome-Robotics-Foundation-Models README: topic sections
('##', '###', '####') of one-line bullets '* Title [[Paper]](url)[[Project]](url)[[Code]](url)'
whose title is plain text (no link on it); the labelled links follow, sometimes without a space
('Checkers[[Paper]]'), some bullets start with two spaces after '*', four bullets have only a
[[Project]] link (one of which points to arXiv), one has an empty '[[Paper]]()'.

Entries: every '* ' bullet (133; awk per section: Neural Scaling Laws 1, Language-Conditioned IL
4, Language-Assisted RL 5, Goal-Conditioned Value Learning 8, Task Planning 11, Code Generation
6, Robot Transformers 12, In-context Learning 5, Open-Vocabulary Navigation/Manipulation 12,
Detection/3D Classification 8, Semantic Segmentation 6, 3D Scene Representations 5, Object
Representations 8, Affordance 2, Predictive Models 10, Embodied AI 15, Generalist AI 4,
Simulators 11), plus the survey record under '## Survey' (bold '**[Title]()**' over a '<br />'
and one author per line, lines 37-53) = 134.  The Simulators bullets name the simulator's paper
and link it as [[Paper]]; they stay.  Title = the bullet text before the first '[[' label,
as written, with its nickname prefix ('SayCan: …', 'Neural Scaling Laws for Embodied AI: Neural
Scaling Laws for Embodied AI') or suffix ('(NLMap)').  Repeated papers are separate entries.

Not entries: the table of contents, and the two fenced BibTeX blocks citing the list's own survey
(boilerplate).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "robotics-survey__Awesome-Robotics-Foundation-Models__README@58ebfc2.md"
LINES = read_lines(NAME)

SECTION_COUNTS = {
    "Neural Scaling Laws": 1, "Language-Conditioned Imitation Learning": 4,
    "Language-Assisted Reinforcement Learning": 5, "Language-Image Goal-Conditioned Value Learning": 8,
    "Robot Task Planning Using Large Language Models": 11, "LLM-Based Code Generation": 6,
    "Robot Transformers": 12, "In-context Learning for Decision-Making": 5,
    "Open-Vocabulary Robot Navigation and Manipulation": 12,
    "Open-Vocabulary Object Detection and 3D Classification": 8, "Open-Vocabulary Semantic Segmentation": 6,
    "Open-Vocabulary 3D Scene Representations": 5, "Object Representations": 8, "Affordance Information": 2,
    "Predictive Models": 10, "Relevant to Robotics (Embodied AI)": 15, "Generalist AI": 4, "Simulators": 11,
}


def main() -> None:
    papers = []
    # the survey record: bold link title, '<br />', one author per line, '<br />'
    assert LINES[36].startswith("**[Foundation Models in Robotics") and LINES[52] == "Mac Schwager"
    papers.append(entry(LINES, 37, 53, re.match(r"\*\*\[(.+?)\]\(\)\*\*", LINES[36]).group(1)))
    per: dict[str, int] = {}
    section = None
    for i, text in enumerate(LINES, 1):
        if text.startswith("#"):
            section = text.lstrip("#").strip()
            continue
        if not text.startswith("* "):
            continue
        m = re.match(r"\*\s+(.+?)\s*\[\[(Paper|Project)\]\]", text)
        assert m, (i, text)
        papers.append(entry(LINES, i, i, m.group(1)))
        per[section] = per.get(section, 0) + 1
    assert per == SECTION_COUNTS, per
    assert len(papers) == 134
    write_truth(
        NAME, "wild15_development", papers,
        "every '* Title [[Paper]]/[[Project]]…' bullet is an entry (Simulators too: each names its paper), plus"
        " the bold survey record with its author lines under '## Survey'; title = the bullet text before the first"
        " '[[' label, nickname prefixes/suffixes kept; the TOC and the own-survey BibTeX blocks are not entries",
        "per-section counts by awk (133 bullets: 129 with [[Paper]], 4 with [[Project]] only) plus the survey"
        " record = 134, every title against the file by eye (all 134), the empty '[[Paper]]()' bullet, the"
        " no-space 'Checkers[[Paper]]' bullet, the '<sup>' title, the two-space bullets",
    )


if __name__ == "__main__":
    main()
