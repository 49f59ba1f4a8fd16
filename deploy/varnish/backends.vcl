# The app server behind Varnish: gunicorn as deploy/gunicorn.conf.py binds it by default.
# deploy/serve-prod and the tests write their own backends.vcl, earlier on vcl_path.
backend app {
    .host = "127.0.0.1";
    .port = "8000";
    .probe = app_health;
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
}
