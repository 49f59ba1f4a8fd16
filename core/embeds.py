"""Embedded players that load nothing from the video host until the visitor asks.

A provider's player sets cookies and reports the viewing as soon as its frame loads, so a
page shows a placeholder with the video's title, a play button and a link to the host; the
player's HTML waits, inert, in a ``<template>`` until the visitor presses play
(``static/js/video-consent.js``). Where the host has a privacy-enhanced address for its
player (YouTube's youtube-nocookie.com), that is the one used.
"""

from __future__ import annotations

# The player address of each host → its privacy-enhanced one; the CSP's frame-src
# (settings.ZMP_VIDEO_FRAME_ORIGINS) allows the latter.
PRIVACY_ENHANCED_PLAYERS = {
    "https://www.youtube.com/embed/": "https://www.youtube-nocookie.com/embed/",
    "https://youtube.com/embed/": "https://www.youtube-nocookie.com/embed/",
}


def privacy_enhanced(player_html: str) -> str:
    """The provider's player HTML, pointed at the host's privacy-enhanced address."""
    for address, enhanced in PRIVACY_ENHANCED_PLAYERS.items():
        player_html = player_html.replace(address, enhanced)
    return player_html
