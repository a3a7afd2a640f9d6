"""A short name before the title: the method's or model's, not the paper's title.

::

    * 3D-GAN - [Learning a Probabilistic Latent Space of Object Shapes](https://arxiv.org/abs/1610.07584)
    * **Voicebox**: [Voicebox: Text-Guided Multilingual Universal Speech Generation](https://arxiv.org/abs/2306.15687)
    * **RoboTracer**: "RoboTracer: Mastering Spatial Trace with Reasoning", *arXiv, Dec 2025*.
    1. <u>OwlLM</u>: **"Owls Are Few-Shot Learners"**. *Ann Barn et al.* NeurIPS 2020.
    - (GWNN)[Graph Wavelet Neural Network](https://openreview.net/forum?id=H1ewdiR5tQ)

The name is a few words (three at most) before a separator; the linked or quoted
text after it (after the authors, if they come first), of two words or more, is the title.
"""

from __future__ import annotations

import re

#: ``Name -``, ``**Name**:``, ``(Name)`` right before a link or a quote.
_LEAD = re.compile(
    r"(?P<b>\*\*|__)(?P<bn>[^*_\[\]()\"“:|\n]{1,40})(?P=b)[ \t]*+[:：\-–—][ \t]*+"
    r"|<(?P<t>u|b|strong|i|em)>(?P<tn>[^<>\[\]()\"“:|\n]{1,40})</(?P=t)>[ \t]*+[:：\-–—][ \t]*+"
    r"|(?:(?P<pn>[^\s*_\[\]()\"“:|<][^*_\[\]()\"“:|\n]{0,39})[ \t]++[:：\-–—][ \t]++"
    r"|\((?P<qn>[A-Za-z][\w\-.+ ]{0,29})\)"
    r"|(?P<sn>[A-Za-z][\w\-.+]{1,29})[ \t]++(?=\[))(?=\[|\"|“|\*\*\[|\*\*[\"“])"  # ("AR-VAE [Title](url)": a name's look)
)


def name_lead(line: str, pos: int) -> tuple[int, str] | None:
    """Where the title starts after a short name at ``pos``, and the name; None when none stands there."""
    m = _LEAD.match(line, pos)
    if m is None:
        return None
    name = (m.group("bn") or m.group("tn") or m.group("pn") or m.group("qn") or m.group("sn")).strip()
    if m.group("sn") and not any(c.isupper() or c.isdigit() for c in name[1:]):
        return None  # (a word and a space before a link: a name only written as one, "AR-VAE", "GPT3")
    if not name or len(name.split()) > 3 or name.lower().rstrip(".") in _NOT_NAMES:
        return None
    return m.end(), name


#: Words before a separator that are labels, not names (``Paper: [Title](url)`` is read elsewhere).
_NOT_NAMES = frozenset({"paper", "pdf", "link", "title", "论文", "arxiv", "code", "survey", "note", "notes", "new",
                        "see", "read", "blog", "video", "tl;dr", "summary", "abstract"})
