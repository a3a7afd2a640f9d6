"""Wild46 truth for GU-CLASP/language-and-perception meetings.md: the meetings page of the Gothenburg CLASP reading group
on language and perception (2017-2025, newest first), one bullet per session, most naming the paper read.

Shape (264 lines, final newline): Jekyll front matter (1-5), organisational bullets (7-14), ``### Next`` (18-19)
and ``### Previous`` (22-264) with two-space-indented ``*`` session items separated by blank lines.  Recent sessions
(18-89) are headed by a date, a guest or presenter and a talk title (bold in 18-29), with sub-bullets for an
abstract, the paper(s) read and the participants; older ones (91-264) are one bullet holding a whole citation, in
many styles written by different people over eight years:
ACL-Anthology-style "A. Author and B. Author. [Title.](url) In Proceedings ..." (91-109, 175-189), title first
"[Title.](url) Authors. ..." (107, 109, 115, 117, 123), APA "Author, A., & Author, B. (2020). [Title.](url) Venue"
(121, 135-143, 177, 191), plain author-first text with the title unlinked and a trailing ``[paper]``/``[link]``
(153-264), the title in straight or curly quotes (157, 220, 222, 246), title first without link (145 "The Singleton
Fallacy: ... Magnus Sahlgren ..."), then recommender, participants and the date.  Three items are hard-wrapped onto
an unindented second line (145-146, 150-151, 207-208).  Link texts often end with the citation's period
("[Visual spatial reasoning.](...)", 125 "[What are the Goals of Distributional Semantics?.]"), once with the year
(117 "... Machines. (2022).") or the journal (133 "... object level. Interface Focus").  Some items name two papers
(135 "... AND [...]", 195 and 199 "Talk: ... [paper] and Author ... [paper]", 232 "... Background: ...").  Sessions
without a paper: talks, conference reports, planning meetings, an outing, a blog post, a video.

Decisions:
- Entries (98): every paper, preprint, thesis or manuscript a session names: top-level citation items, and the
  papers listed as sub-bullets under guest sessions (50, 54, 58-59, 66, 70-71, 75-76, 80-81, 88).  A line naming two
  papers gives two entries (135, 195, 199, 232).  Also: 18 (Anna Lindahl's session, whose abstract presents "this
  paper"), 41 (Gijs Wijnholds' talk with a ``[paper]`` link to his CoNLL paper, title null: the line gives the
  talk's title, not the paper's), the talks of 195 and 199 that link their ``[paper]`` (titled by the talk's title,
  which is the paper's), the two master's theses (80, 218), the journal-article and paper manuscripts (187, 252).
- Not entries: sessions that are talks without a paper (24 "The talk will introduce ...", 27, 29, 35, 44, 129,
  212, 248), the outings, planning and conference sessions (38, 62, 84, 111, 113), the ACL 2018 report slides
  (240), Potts's blog post (148), the organisational bullets, and the header lines of the guest sessions whose
  papers are sub-bullets (48, 53, 57, 65, 69, 74, 79, 87: the header gives the talk, the sub-bullet the paper).
- Span: a top-level item from its ``*`` line to its last line (continuation lines and sub-bullets such as
  "Participants" included: 18-19, 32-33, 41-42, 145-146, 150-151, 207-208); a paper in a sub-bullet spans that line.
- Title: as written, without authors, year, venue, the trailing citation period (kept ``?``: 75, 76, 93, 125, 155,
  161), quotes, or the year/journal inside 117's and 133's link text; the parrot emoji of 161 is part of the title as
  written.  The file's case and typos are kept ("Chatgpt", "Comet-atomic 2020", "Ema").
- Ids: the first arXiv id / DOI of the entry's lines, except where two papers share a line and the id belongs to
  the second: 195's and 199's first entries get none (the arXiv links are the second papers').  131's DOI is
  written with Markdown-escaped underscores (``tacl\\_a\\_00298``), which render as ``_``: recorded as
  10.1162/tacl_a_00298.  203 gives both a bare DOI (10.3115/v1/P15-1150) and an arXiv id.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "GU-CLASP__language-and-perception__meetings@a46b7fd.md"
PART = "wild46_development"

# Top-level session items (line of the "  * ") that are papers -> the titles they name, in order.
TOP = {
    18: ["Gpt-4o as an annotator of argumentation"],
    32: ["Chatgpt: Jack of all trades, master of none"],
    41: [None],
    91: ["Compositionality and generalization in emergent languages"],
    93: ["Do trajectories encode verb meaning?"],
    95: ["Learning by abstraction: The neural state machine"],
    97: ["skweak: Weak supervision made easy for NLP"],
    99: ["Analogs of linguistic structure in deep representations"],
    101: ["Abstract visual reasoning with tangram shapes"],
    103: ["Chain of thought prompting elicits reasoning in large language models"],
    105: ["Language models as agent models"],
    107: ["(Re)construing meaning in NLP"],
    109: ["Entropy minimization in emergent languages"],
    115: ["Norm Participation Grounds Language"],
    117: ["Using Natural Language and Program Abstractions to Instill Human Inductive Biases in Machines"],
    119: ["Pragmatic competence of pre-trained language models through the lens of discourse connectives"],
    121: ["Self in NARS, an AGI System"],
    123: ["Vision-and-Language Navigation: Interpreting Visually-Grounded Navigation Instructions in Real Environments"],
    125: ["What are the Goals of Distributional Semantics?"],
    127: ["ZEST: Zero-shot Learning from Text Descriptions using Textual Similarity and Visual Summarization"],
    131: ["What BERT Is Not: Lessons from a New Suite of Psycholinguistic Diagnostics for Language Models"],
    133: ["Image interpretation above and below the object level"],
    135: ["Refer, Reuse, Reduce: Generating Subsequent References in Visual and Conversational Contexts",
          "Zero-Shot Visual Grounding of Referring Utterances in Dialogue"],
    137: ["Attribute-Based Classification for Zero-Shot Visual Object Categorization"],
    139: ["The adaptive advantage of symbolic theft over sensorimotor toil: Grounding language in perceptual categories"],
    141: ["Argument from Old Man's View: Assessing Social Bias in Argumentation"],
    143: ["Grounded Language Learning Fast and Slow"],
    145: ["The Singleton Fallacy: Why Current Critiques of Language Models Miss the Point"],
    150: ["Ask the GRU: Multi-task Learning for Deep Text Recommendations"],
    153: ["Semantic Representation for Dialogue Modeling"],
    155: ["Can a Fruit Fly Learn Word Embeddings?"],
    157: ["Probing pretrained language models for lexical semantics"],
    159: ["Provable Limitations of Acquiring Meaning from Ungrounded Form: What will Future Language Models Understand?"],
    161: ["On the Dangers of Stochastic Parrots: Can Language Models Be Too Big?\U0001f99c"],
    163: ["Embodied Question Answering"],
    165: ["Building a shared world: Mapping distributional to model-theoretic semantic spaces"],
    167: ["Tree-structured Attention with Hierarchical Accumulation"],
    169: ["Robust conversational AI with grounded text generation"],
    171: ["Analyzing the Structure of Attention in a Transformer Language Model"],
    173: ["How to Marry a Star: probabilistic constraints for meaning in context"],
    175: ["Comet-atomic 2020: On symbolic and neural commonsense knowledge graphs"],
    177: ["Word translation without parallel data"],
    179: ["What BERT sees: Cross-modal transfer for visual question generation"],
    181: ["A robust self-learning method for fully unsupervised cross-lingual mappings of word embeddings"],
    183: ["Learning bilingual word embeddings with (almost) no bilingual data"],
    185: ["Language to action: Towards interactive task learning with physical agents"],
    187: ["Situated meaning in multimodal dialogue: Human-robot and human-computer interactions"],
    189: ["Roles for event representations in sensorimotor experience, memory formation, and language processing"],
    191: ["Evaluating Sub-word embeddings in cross-lingual models"],
    193: ["Is the Red Square Big? MALeViC: Modeling Adjectives Leveraging Visual Contexts"],
    195: ["The significance of applying attention to Visual Question Answering",
          "Faithful Multimodal Explanation for Visual Question Answering"],
    197: ["Pragmatic Language Interpretation as Probabilistic Inference"],
    199: ["Visual features in textual complexity classification: a case study on pictograms",
          "Experience grounds language"],
    201: ["A hierarchical approach for generating descriptive image paragraphs"],
    203: ["Improved Semantic Representations From Tree-Structured Long Short-Term Memory Networks"],
    205: ["Pragmatically Informative Image Captioning with Character-Level Inference"],
    207: ["Climbing towards NLU: On Meaning, Form, and Understanding in the Age of Data"],
    210: ["What you see is what you get: Visual pronoun coreference resolution in dialogues"],
    214: ["The effect of linguistic and visual salience in visual world studies"],
    216: ["Visual coreference resolution in visual dialog using neural module networks"],
    218: ["Fast visual grounding in interaction: bringing few-shot learning with neural networks to an interactive robot"],
    220: ["Dissecting contextual word embeddings: Architecture and representation"],
    222: ["On the Vector Representation of Utterances in Dialogue Context"],
    224: ["A Unified Model of Speech and Tool Use Early Development"],
    226: ["Visualizing and Understanding Neural Models in NLP"],
    228: ["Acquiring common sense spatial knowledge through implicit spatial templates"],
    230: ["Comprehensive supersense disambiguation of English prepositions and possessives"],
    232: ["\u201cwhat\u201d and \u201cwhere\u201d in spatial language and spatial cognition",
          "Update on \u201cwhat\u201d and \u201cwhere\u201d in spatial language: A new division of labor for spatial terms"],
    234: ["What you can cram into a single vector: Probing sentence embeddings for linguistic properties"],
    236: ["Colors in context: A pragmatic neural model for grounded language understanding"],
    238: ["Specialising word vectors for lexical entailment"],
    242: ["Action-dependent perceptual invariants: From ecological to sensorimotor approaches"],
    244: ["Ema: A process model of appraisal dynamics"],
    246: ["Generating subsequent reference in shared visual scenes: Computation vs. re-use"],
    250: ["Collaborative language grounding toward situated human-robot dialogue"],
    252: ["From affordances to events: Communicating action through language and gesture"],
    254: ["There are no recognitional concepts; not even RED"],
    256: ["Inferring and executing programs for visual reasoning"],
    258: ["Modeling co-verbal gesture perception in type theory with records"],
    260: ["Ask your neurons: A neural-based approach to answering questions about images"],
    262: ["A fuzzy set approach to modifiers and vagueness in natural language"],
    264: ["Learning to compose neural networks for question answering"],
}
# Top-level session items that name no paper.
NOT_PAPER = {24: "talk", 27: "session, no paper", 29: "talk, research website", 35: "project talk",
             38: "outing programme", 44: "thesis discussion", 48: "guest talk (paper in sub-bullet)",
             53: "guest talk (paper in sub-bullet)", 57: "guest talk (papers in sub-bullets)", 62: "conference",
             65: "guest talk (paper in sub-bullet)", 69: "guest talk (papers in sub-bullets)",
             74: "guest talk (papers in sub-bullets)", 79: "guest talk (papers in sub-bullets)", 84: "planning",
             87: "outing (paper in sub-bullet)", 111: "meeting", 113: "special session", 129: "guest talk",
             148: "blog post", 212: "research talk", 240: "conference report slides", 248: "video talk"}
# Papers given as sub-bullets of a session -> title.
SUB = {
    50: "Actor Double Critic Architecture for Dialogue System",
    54: "Implicit Affordance Acquisition via Causal Action\u2013Effect Modeling in the Video Domain",
    58: "On Measuring Faithfulness of Natural Language Explanations",
    59: "MM-SHAP: A Performance-agnostic Metric for Measuring Multimodal Contributions in Vision and Language Models & Tasks",
    66: "Snape: A sequential non-stationary decision process model for adaptive explanation generation",
    70: "Learning functional distributional semantics with visual data",
    71: "Visual spatial reasoning",
    75: "Roses are red, violets are blue... but should vqa expect them to?",
    76: "How transferable are reasoning patterns in vqa?",
    80: "Exploring the Relationship Between Intrinsic and Extrinsic Bias in Spanish Word Embeddings",
    81: "Intrinsic Bias Metrics Do Not Correlate with Application Bias",
    88: "What's in a name? a large-scale computational study on how competition between names affects naming variation",
}
# Two papers on one line whose id belongs to the second only.
ID_OF_SECOND = {195, 199}


def plain(text: str) -> str:
    """The text with Markdown links reduced to their text and whitespace collapsed."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return " ".join(text.split())


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 265 and lines[-1] == "" and lines[-2].endswith("2017-09-29"), len(lines)
    tops = [n for n, ln in enumerate(lines, 1) if n >= 17 and re.match(r"^  \*  ?\S", ln)]
    assert set(tops) == set(TOP) | set(NOT_PAPER), sorted(set(tops) ^ (set(TOP) | set(NOT_PAPER)))
    assert not set(TOP) & set(NOT_PAPER)
    papers = []
    for n in tops:
        last = n
        while last < len(lines) and lines[last].strip() and not re.match(r"^  \*", lines[last]):
            last += 1
        if n in NOT_PAPER:
            continue
        if n == 18:
            last = 19  # the whitespace-only line 20 closes the item
        text = plain(" ".join(lines[n - 1 : last]))
        for i, title in enumerate(TOP[n]):
            if title is not None:
                assert title in text, (n, title)
            p = entry(lines, n, last, title)
            if n in ID_OF_SECOND and i == 0:
                p["arxiv"] = p["doi"] = None
            papers.append(p)
    for n, title in SUB.items():
        assert re.match(r"^    \* ", lines[n - 1]), n
        assert title in plain(lines[n - 1]), (n, title)
        papers.append(entry(lines, n, n, title))
    by_line = {}
    for p in papers:
        by_line.setdefault(p["line"], []).append(p)
    assert by_line[131][0]["doi"] == "10.1162/tacl\\_a\\_00298"
    by_line[131][0]["doi"] = "10.1162/tacl_a_00298"  # Markdown escapes in the URL render as underscores
    assert (by_line[32][0]["end"], by_line[145][0]["end"], by_line[150][0]["end"], by_line[207][0]["end"]) == (
        33, 146, 151, 208)
    assert by_line[195][1]["arxiv"] == "1809.02805" and by_line[195][0]["arxiv"] is None
    assert by_line[199][1]["arxiv"] == "2004.10151" and by_line[199][0]["arxiv"] is None
    assert by_line[203][0]["doi"] == "10.3115/v1/p15-1150" and by_line[203][0]["arxiv"] == "1503.00075"
    assert by_line[145][0]["doi"] == "10.3389/frai.2021.682578"
    assert len(papers) == 98, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paper, preprint, thesis or manuscript a reading-group session names is an entry (98): top-level"
        " citation items spanning their lines and sub-bullets, papers in sub-bullets of guest sessions on their"
        " line, two entries where a line names two papers (135, 195, 199, 232); title = the paper's title as"
        " written, without authors, year, venue, quotes or the citation's final period; talks without a paper,"
        " outings, planning and conference sessions, slides, a blog post and a video are not entries; first"
        " arXiv id / DOI of the lines (the second paper's id not given to the first on 195 and 199; 131's"
        " Markdown-escaped DOI unescaped).",
        "Whole file read (264 lines) against the -v output, item by item: all 105 top-level session items classified"
        " (82 naming papers, 23 not) and the 12 paper sub-bullets, the three wrapped items (145-146, 150-151,"
        " 207-208) and the sub-bullet spans, each title checked to occur in its lines (asserted) and against the"
        " citation style of its item (link text, quoted, plain, title-first), final periods dropped and '?' kept,"
        " 117's '(2022).' and 133's 'Interface Focus' left out, the two-paper lines 135, 195, 199, 232, the ids of"
        " every line (arXiv abs/pdf and 'arXiv:' text, doi.org, ACM 10.5555, Frontiers, IJCAI, the bare DOI at"
        " 203, the escaped DOI at 131; Lampert's wrong ACL link at 137 gives none).",
    )


if __name__ == "__main__":
    main()
