FROM alpine:3.20
RUN <<EOF
apk add --no-cache curl
echo ready
EOF
COPY <<-"CONF" /etc/app.conf
	key = $VALUE
	CONF
RUN cat <<A <<B > /out
a
A
b
B
RUN echo $((1<<2))
