/interface l2tp-server server
set default-profile=l2tp-profile enabled=yes ipsec-secret=<redacted> use-ipsec=yes
/ppp profile
add change-tcp-mss=yes dns-server=8.8.8.8,8.8.4.4 local-address=192.168.1.1 name=l2tp-profile \
remote-address=dhcp use-encryption=yes
/ppp secret
add local-address=192.168.1.201 name=myPppUser password=<redacted> profile=default-encryption remote-address=\
192.168.1.202 service=l2tp
/ip ipsec proposal
set [ find default=yes ] auth-algorithms=md5,sha1,sha256,sha512 enc-algorithms=\
aes-128-cbc,aes-256-cbc,aes-128-ctr,aes-256-ctr lifetime=8h pfs-group=none
/ip ipsec peer
add dpd-interval=2s enc-algorithm=aes-128,aes-256 exchange-mode=main-l2tp generate-policy=port-override \
secret=<redacted>
/interface ethernet set 0 arp=proxy-arp
/interface bridge set 0 arp=proxy-arp
