/ip address
add address=192.168.56.10/24 interface=WAN
add address=192.168.10.1/24 interface=LAN

/interface l2tp-server server
set enabled=yes use-ipsec=yes ipsec-secret=<redacted>

/ppp profile
add name=l2tp-profile local-address=10.10.10.1 remote-address=10.10.10.2

/ppp secret
add name=mt2 password=<redacted> service=l2tp profile=l2tp-profile

/ip firewall filter
add chain=input protocol=udp dst-port=500,1701,4500 action=accept
add chain=input protocol=ipsec-esp action=accept

/ip route
add dst-address=192.168.20.0/24 gateway=10.10.10.2
