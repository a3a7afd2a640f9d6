"""Wild42 truth for crazyofapple/Reading_groups readme.md: a Chinese reading group's tracker of large-language-model
papers (Dongfang Li) -- bare, unlinked English titles one paragraph each, most prefixed with a Chinese comment in
``【...】``, with bullet lists of related papers and loose notes under some of them; newest commit (2023-08-08).

Shape: a bold title (1), prose about compute and LLMs with inline links (5-11: The Bitter Lesson blog, an arXiv
link written as ``Emergence和Homogenization``, the GPT-4 PDF, the S4 blog, a lecture -- running prose), a table of
contents (14-26), then five sections ``## **大模型训练和优化**`` (28), ``## **应用与LLM+**`` (133), ``## **原理分析**``
(211), ``## **技术改进** ...`` (301), ``## **Survey和数据集**`` (426).  In them each top-level paragraph is one
paper: ``【comment】Title`` (30, 34, 36, ...; the comment may hold brackets ``[MASK]`` 61, quotes 219, a venue
``【EMNLP 2022 findings】`` 299) or the bare title (47, 51, 53, 65, ...; ``Reflexion: ...`` 307).  Titles are never
linked and keep their own case and typos (``Knowldge`` 85, ``STREET: A MULTI-TASK ...`` 432); one is followed by a
full-width parenthesised BIG-bench URL (247).  Under some papers a bullet list gives related papers, written
``- 相关文章：Title`` (75, 153, 174, 288, 321-324), ``- 类似想法 1. Title`` / ``- 类似想法：0. 【...】 Title`` /
``- 类似想法1 Title`` (103-104, 124-125, 141-148, 176, 178, 265-266, 276-277), ``- 类似文章 Title`` (231),
``- 应用：【OpenAI】Title`` (105), ``- 自我结合：Title`` (149), ``- ETH的【...】Title`` (179), ``- 【...】Title``
(89, 225, 235, 253-255, 275, 355), ``- 【survey】 Title`` (139), ``- (FLAN-T5-CoT) 【CoT微调】Title`` (92), or plain
``- Title`` (38, 90-91, 102, 226-227); one is a link ``[Title](aclanthology pdf)`` (324); ``- Toolformer`` (140)
names the paper only by its nickname.  Two bullets name two papers joined by ``与`` (176; 178, whose first paper
sits inside ``（【...】PINTO: ...等）``).  Two bullets have a lazy continuation line: ``PAL: Program-aided Language
Models`` (155) continues the Code4Struct bullet 154, and the bare URL 169 continues the SayCan bullet 168.  Other
bullets are notes, not papers (39-43, 101, 123 -- naming the tools babyAGI and Auto-GPT --, 137, 224, 252, 325-328),
resources (31 ``[Model Card]`` of GPT-4 and 32 ``[Video]`` under the Sparks paper) or a tool (138 langchain).
``-![image](...)`` (94) is an image paragraph.  The tail (449-460) lists reward-model and red-teaming datasets
with Hugging Face / GitHub links, their papers named only in prose by author-year (``Stiennon et al. (2020)``),
then ``## **其他**`` with closing remarks (462-469).

Decisions:
- An entry is every top-level paper paragraph in the five sections (151) and every bullet naming a paper (54,
  counting 154-155 and 176 and 178 twice): title = the English title with the ``【...】`` comments, the
  ``相关文章：`` / ``类似想法 N.`` / ``类似文章`` / ``应用：`` / ``自我结合：`` / ``ETH的`` lead-ins, the
  ``(FLAN-T5-CoT)`` nickname tag, trailing notes (``, 来自Neurips 22 ...`` 175, `` (UT Austin, Xi Ye, Greg
  Durrett)`` 265, the URL in 247) removed; ``Toolformer`` (140) is an entry with no title (nickname only).
  The two-paper bullets give two entries on the same lines; the lazy continuations make 154-155 and 168-169
  one record each.  Repeated papers (Reflexion 124/307, Large Language Models Are Reasoning Teachers 178/183,
  PINTO 178/398 spelled ``Prompt-Generated`` / ``Prompted-Generated``) are separate entries.
- Not entries: the intro prose links (5-11), the table of contents, the note/resource/tool bullets listed above,
  the image paragraph 94, the dataset bullets 451-454 and 457-460 (datasets on Hugging Face / GitHub; the papers
  are only mentioned in running prose by author-year), headings and closing remarks.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "crazyofapple__Reading_groups__readme@fb11136.md"
PART = "wild42_development"

FIRST, LAST = 28, 446  # the five paper sections
LAZY = {155: 154, 169: 168}  # continuation line -> bullet it continues
NOT_PAPER_PARAGRAPHS = {94}  # "-![image](...)"
NOT_PAPER_BULLETS = {31, 32, 39, 40, 41, 42, 43, 101, 123, 137, 138, 224, 252, 325, 326, 327, 328}
SUB = {
    38: ["Self-critiquing models for assisting human evaluators"],
    75: ["The Wisdom of Hindsight Makes Language Models Better Instruction Followers"],
    89: ["Unnatural Instructions: Tuning Language Models with (Almost) No Human Labor"],
    90: ["Language model acceptability judgements are not always robust to context"],
    91: ["SUPER-NATURALINSTRUCTIONS: Generalization via Declarative Instructions on 1600+ NLP Tasks"],
    92: ["Scaling Instruction-Finetuned Language Models"],
    102: ["Towards Boosting the Open-Domain Chatbot with Human Feedback"],
    103: ["Constitutional AI: Harmlessness from AI Feedback"],
    104: ["Discovering Language Model Behaviors with Model-Written Evaluations"],
    105: ["Recursively Summarizing Books with Human Feedback"],
    124: ["Reflexion: an autonomous agent with dynamic memory and self-reflection"],
    125: ["DERA: Enhancing Large Language Model Completions with Dialog-Enabled Resolving Agents"],
    139: ["Augmented Language Models: a Survey"],
    140: [None],
    141: ["TALM: Tool Augmented Language Models"],
    142: ["DEMONSTRATE–SEARCH–PREDICT:Composing retrieval and language models for knowledge-intensive NLP"],
    143: ["LAMBADA: Backward Chaining for Automated Reasoning in Natural Language"],
    144: ["Selection-Inference: Exploiting Large Language Models for Interpretable Logical Reasoning"],
    145: ["Language Models as Agent Models"],
    146: ["Prompting Is Programming: A Query Language For Large Language Models"],
    147: ["Language Model Cascades"],
    148: ["ART: Automatic multi-step reasoning and tool-use for large language models"],
    149: ["Generative Agents: Interactive Simulacra of Human Behavior"],
    153: ["Language Models of Code are Few-Shot Commonsense Learners"],
    154: [
        "Code4Struct: Code Generation for Few-Shot Structured Prediction from Natural Language",
        "PAL: Program-aided Language Models",
    ],
    156: ["Faithful Chain-of-Thought Reasoning"],
    168: ["Do As I Can, Not As I Say: Grounding Language in Robotic Affordances"],
    174: ["Specializing Smaller Language Models towards Multi-Step Reasoning"],
    175: ["STaR: Bootstrapping Reasoning With Reasoning"],
    176: ["Teaching Small Language Models to Reason", "Learning by Distilling Context"],
    178: [
        "PINTO: Faithful Language Reasoning Using Prompt-Generated Rationales",
        "Large Language Models Are Reasoning Teachers",
    ],
    179: [
        (
            "Distilling Multi-Step Reasoning Capabilites of Large Language Models into Smaller Models via Semantic"
            " Decompositions"
        )
    ],
    225: ["Large Language Models with Controllable Working Memory"],
    226: ["Rethink Search: Making Domain Experts out of Dilettantes"],
    227: ["Attributed Question Answering: Evaluation and Modeling for Attributed Large Language Models"],
    231: ["Measuring the Human Utility of Free-Text Rationales in Human-AI Collaboration"],
    235: ["In-context reinforcement learning with algorithm distillation"],
    253: ["Explanation Selection Using Unlabeled Data for In-Context Learning"],
    254: ["Automatic Chain of Thought Prompting in Large Language Models"],
    255: ["Explanation Regeneration via Information Bottleneck"],
    265: ["Complementary Explanations for Effective In-Context Learning"],
    266: ["Text and Patterns: For Effective Chain of Thought, It Takes Two to Tango"],
    275: ["When Do Decompositions Help for Machine Reading?"],
    276: ["Least-to-Most Prompting Enables Complex Reasoning in Large Language Models"],
    277: ["Successive Prompting for Decomposing Complex Questions"],
    288: ["Transformers learn in-context by gradient descent"],
    321: ["Language Models (Mostly) Know What They Know"],
    322: ["Teaching Models to Express Their Uncertainty in Words"],
    323: ["Navigating the Grey Area: Expressions of Overconfidence and Uncertainty in Language Models"],
    324: ["Reducing Conversational Agents’ Overconfidence Through Linguistic Calibration"],
    355: ["Rethinking with Retrieval: Faithful Large Language Model Inference"],
}
URL_TAIL = re.compile(r"\s*（https?://[^）]+）\s*$")


def top_title(ln: str) -> str:
    text = ln.rsplit("】", 1)[-1] if "】" in ln else ln
    return URL_TAIL.sub("", text).strip()


def main() -> None:
    lines = read_lines(NAME)
    assert lines[FIRST - 1] == "## **大模型训练和优化**" and lines[LAST] == "" and lines[448] == "奖励建模数据集:"
    found = []  # (first line, last line, title)
    bullets = set()
    for n in range(FIRST, LAST + 1):
        ln = lines[n - 1]
        if not ln.strip() or ln.startswith("#"):
            continue
        if re.match(r"^ ?- ", ln):
            bullets.add(n)
            if n in NOT_PAPER_BULLETS:
                continue
            last = n + 1 if n + 1 in LAZY else n
            for title in SUB[n]:
                assert title is None or title in lines[n - 1] + " " + lines[last - 1], (n, title)
                found.append((n, last, title))
            continue
        if n in LAZY:
            assert lines[LAZY[n] - 1].startswith("- ") and n == LAZY[n] + 1, n
            continue
        if n in NOT_PAPER_PARAGRAPHS:
            assert ln.startswith("-![image]("), n
            continue
        title = top_title(ln)
        assert title and re.search(r"[A-Za-z]{3}", title) and not re.search(r"[\u4e00-\u9fff]", title), (n, ln)
        found.append((n, n, title))
    assert bullets == set(SUB) | NOT_PAPER_BULLETS, sorted(bullets ^ (set(SUB) | NOT_PAPER_BULLETS))
    # the tail after the sections holds datasets and remarks only
    tail = [n for n in range(LAST + 1, len(lines) + 1) if "arxiv" in lines[n - 1].lower()]
    assert not tail, tail
    papers = [entry(lines, first, last, title) for first, last, title in found]
    top = sum(1 for first, last, _ in found if first not in SUB)
    assert top == 151, top
    assert len(papers) - top == 54
    assert sum(1 for p in papers if p["title"] is None) == 1
    assert len(papers) == 205, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every top-level paper paragraph of the five sections (【comment】Title or a bare title; 151) and every"
        " bullet naming a related paper (54, two-paper bullets 154-155, 176, 178 giving two entries each) is an"
        " entry; title = the English title without the 【】 comments, Chinese lead-ins (相关文章/类似想法 N./应用/"
        "自我结合/ETH的), the (FLAN-T5-CoT) tag and trailing notes; '- Toolformer' is an entry with no title;"
        " intro prose links, the TOC, note/resource/tool bullets, the image line and the closing dataset bullets"
        " (Hugging Face/GitHub datasets, papers only in prose by author-year) are not entries.",
        "Whole 469-line file read line by line; every bullet in 28-446 classified by an explicit line list"
        " (asserted complete), every top-level line asserted to yield an English title with no Chinese left;"
        " -v output compared with the file for all 54 bullet entries and ~40 top-level ones incl. the first and"
        " last of each section (30/131, 135/209, 213/299, 303/424, 428/446), comments with brackets/quotes (61,"
        " 85, 219), the URL tail 247, the typo titles 85 and 179, the nickname bullet 140 (null), the lazy"
        " continuations 154-155 (Code4Struct + PAL) and 168-169, the two-paper bullets 176 and 178, the link"
        " bullet 324, repeated papers 124/307, 178/183, 178/398; the dataset bullets 451-460 and prose 5-11"
        " checked to be no entries.",
    )


if __name__ == "__main__":
    main()
