/interface bridge
add comment="=L2TP-SRV-LOOPBACK=" name=loopback10 protocol-mode=none
/ip pool
add comment="=L2TP-SRV-POOL=" name=l2tp-POOL ranges=198.51.100.10-198.51.100.250
/interface list
add name=l2tp-conn comment="userconf: contains l2tp connected interfaces"
 
/ppp profile
add address-list=alst-L2TP-CONNECTED change-tcp-mss=yes interface-list=l2tp-conn local-address=198.51.100.1 name=l2tp-profile only-one=yes remote-address=l2tp-POOL use-compression=no use-encryption=no use-mpls=no use-upnp=no
 
/interface l2tp-server server
set authentication=mschap2 default-profile=l2tp-profile enabled=yes ipsec-secret=<redacted> mrru=1614 use-ipsec=yes
 
/interface l2tp-server
add comment="=L2TP-SRV-TEST-ACC01=" name=vpn-acc01-ppp user=vpn-acc01
 
/ppp secret
add name=vpn-acc01 password=<redacted> service=l2tp
