# Varnish in front of the site's gunicorn (Varnish 7, Debian's package).
#
# - Anonymous GET/HEAD requests are cached per URL (the language is in the URL), with every
#   cookie removed: the page is the same for every anonymous visitor.
# - Passed to the app, never stored: other methods (POST…), the admin and its previews,
#   search (its statistics count every search), the form-token endpoint, and every request
#   carrying a cookie the app reads on a GET: the session (signed-in users), one-off
#   messages, the poll voter's cookie.
# - The app's Cache-Control is obeyed: `private`, `no-store` or `no-cache` (personal pages,
#   every answer to a signed-in user) and any Set-Cookie keep an answer out of the cache.
# - Grace: while the app is down (its health probe fails) pages are served stale for up to
#   6 h; while it is healthy, for 10 s at most while a fresh copy is fetched.
# - PURGE <url> and BAN with `X-Ban-Url: <regex>` from this machine only (acl purgers):
#   Wagtail's frontend cache invalidation purges a page when it is published.
#
# TLS terminates before Varnish (nginx, hitch or a load balancer) and sets
# X-Forwarded-Proto; Varnish keeps it, never invents it. Locally there is no TLS.
vcl 4.1;

import std;

# Is the app able to answer? A cheap view that also asks the database.
probe app_health {
    .url = "/healthz/";
    .timeout = 2s;
    .interval = 2s;
    .window = 5;
    .threshold = 3;
    .initial = 3;
}

# The app servers: `backend app`, using the probe above. Found on varnishd's vcl_path:
# deploy/varnish/backends.vcl (gunicorn on 127.0.0.1:8000) unless the directory given
# first on the path has its own (deploy/serve-prod and the tests write one). For several
# app servers it declares one backend each and a director that chooses among them
# (bench/pages.py writes such a file: `import directors`, a round-robin director in
# vcl_init, `set req.backend_hint = apps.backend();` in a vcl_recv of its own, which runs
# before the one below).
include "backends.vcl";

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # Every copy of the URL, whatever host or scheme it was asked for with.
        if (std.ban("obj.http.x-url == " + req.url)) {
            return (synth(200, "Purged"));
        }
        return (synth(400, std.ban_error()));
    }
    if (req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (!req.http.X-Ban-Url) {
            return (synth(400, "X-Ban-Url (a regular expression for the paths) is missing"));
        }
        if (std.ban("obj.http.x-url ~ " + req.http.X-Ban-Url)) {
            return (synth(200, "Banned"));
        }
        return (synth(400, std.ban_error()));
    }

    # A healthy app answers anything older than its lifetime + 10 s; a sick one cannot, and
    # readers get the page they would have had (up to beresp.grace, 6 h).
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/admin(/|$)"
        || req.url ~ "^/(healthz|form-tokens)/"
        || req.url ~ "^/[a-z]{2}/search/"
        || req.http.Authorization) {
        return (pass);
    }
    # A signed-in user, a message to show once, a visitor who voted: their own page.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages|zmp_poll_voter)=") {
        return (pass);
    }
    # Any other cookie (csrftoken, analytics, consent banners) does not change the page.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    if (req.http.host) {
        hash_data(req.http.host);
    } else {
        hash_data(server.ip);
    }
    # A page over HTTPS and the redirect the app gives the same URL over HTTP differ.
    hash_data(req.http.X-Forwarded-Proto);
    return (lookup);
}

sub vcl_backend_response {
    # Which URL the object answers, for PURGE and BAN above (never sent to visitors).
    set beresp.http.x-url = bereq.url;
    set beresp.grace = 6h;

    if (bereq.uncacheable) {
        return (deliver);
    }
    if (beresp.status >= 500) {
        if (bereq.is_bgfetch) {
            return (abandon);  # keep serving the stale copy
        }
        set beresp.ttl = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # The app's word: personal answers, new cookies and Vary: * are not for sharing.
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control ~ "(?i)(private|no-store|no-cache)"
        || beresp.http.Surrogate-Control ~ "(?i)no-store"
        || beresp.http.Vary == "*") {
        set beresp.ttl = 120s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # Pages come without a lifetime: 10 min here (publishing purges a page at once), and
    # browsers ask again each time, so a purge reaches them too.
    if (!beresp.http.Cache-Control && !beresp.http.Expires) {
        set beresp.ttl = 10m;
        set beresp.http.Cache-Control = "no-cache";
    }
    # Shared pages are stored compressed (a quarter of the bytes; Varnish unzips for the rare
    # client that cannot take gzip). Only here, past the checks above: a personal answer
    # carries a CSRF token beside reflected input, which compression would expose (BREACH).
    if (beresp.http.Content-Type ~ "^(text/|application/(json|xml|rss\+xml|atom\+xml|javascript))"
        && !beresp.http.Content-Encoding) {
        set beresp.do_gzip = true;
    }
    return (deliver);
}

sub vcl_backend_error {
    # With several app servers behind a director, one that cannot be reached (stopped,
    # crashed, before the probe notices) is not the reader's problem: a GET or HEAD is sent
    # once more, and the director picks the next healthy one. Never a POST: it may have
    # been carried out.
    # X-Failed-Backend names the one that failed, so that a backends.vcl with several may
    # send the retry elsewhere.
    if (bereq.retries < 1 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        set bereq.http.X-Failed-Backend = beresp.backend;
        return (retry);
    }
}

sub vcl_deliver {
    unset resp.http.x-url;
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
