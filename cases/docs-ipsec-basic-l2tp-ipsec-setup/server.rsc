/interface/l2tp-server/server
set enabled=yes use-ipsec=required ipsec-secret=<redacted> default-profile=default
