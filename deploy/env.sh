# shellcheck shell=bash
# Sourced by deploy/serve-prod and deploy/manage: the production settings of this machine's
# stack. The environment first, then the defaults of deploy/serve-prod.env (or of
# $ZMP_ENV_FILE); a secret key made once and kept in the run directory if none is given.
# Expects to be run from the checkout; sets ROOT, RUN and PYTHON.
ROOT=$PWD
PYTHON=$ROOT/.venv/bin/python
ENV_FILE=${ZMP_ENV_FILE:-deploy/serve-prod.env}
while IFS= read -r line || [[ -n $line ]]; do
    [[ $line =~ ^[A-Za-z_][A-Za-z0-9_]*= ]] || continue
    name=${line%%=*}
    # shellcheck disable=SC2163 # exports the line's NAME=value
    [[ -n ${!name+set} ]] || export "$line"
done <"$ENV_FILE"

RUN=${ZMP_RUN_DIR:-.run}
[[ $RUN == /* ]] || RUN=$ROOT/$RUN
if [[ -n ${DJANGO_STATIC_ROOT:-} && $DJANGO_STATIC_ROOT != /* ]]; then
    export DJANGO_STATIC_ROOT=$ROOT/$DJANGO_STATIC_ROOT
fi
mkdir -p "$RUN"

if [[ -z ${DJANGO_SECRET_KEY:-} ]]; then
    if [[ ! -s $RUN/secret-key ]]; then
        (umask 077 && "$PYTHON" -c "import secrets; print(secrets.token_urlsafe(50))" >"$RUN/secret-key")
    fi
    DJANGO_SECRET_KEY=$(cat "$RUN/secret-key")
    export DJANGO_SECRET_KEY
fi

if [[ -z ${ZMP_CREDENTIAL_KEY_FILE:-} ]]; then
    if [[ ! -s $RUN/credential-key.pem ]]; then
        (umask 077 && "$PYTHON" -c "from cryptography.hazmat.primitives.asymmetric import ec; from cryptography.hazmat.primitives import serialization as s; print(ec.generate_private_key(ec.SECP256R1()).private_bytes(s.Encoding.PEM, s.PrivateFormat.PKCS8, s.NoEncryption()).decode(), end='')" >"$RUN/credential-key.pem")
    fi
    export ZMP_CREDENTIAL_KEY_FILE=$RUN/credential-key.pem
fi
