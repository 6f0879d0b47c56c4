/user-manager
set enabled=yes

/user-manager/router
add address=127.0.0.1 comment=localhost name=local shared-secret=<redacted>

/user-manager/user
add name=user1 password=<redacted>

/radius
add address=127.0.0.1 secret=<redacted> service=ipsec

/ip/pool
add name=vpn-pool range=192.168.99.2-192.168.99.100

/ppp/profile
set default-encryption local-address=192.168.99.1 remote-address=vpn-pool

/ppp/aaa
set use-radius=yes

/interface/l2tp-server/server
set enabled=yes use-ipsec=required ipsec-secret=<redacted>
