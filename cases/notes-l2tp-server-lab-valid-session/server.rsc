# "local" is the name of the bridge interface for the LAN
# "dhcp_pool0" is the name of the IP pool for the LAN
/ppp profile add name="VPN-Profile" use-encryption=yes local-address=10.10.10.1 dns-server=10.10.10.1 remote-address="dhcp_pool0" bridge="local"  
/ppp secret add name=username password=<redacted> service=l2tp profile="VPN-Profile"
/interface l2tp-server add name=L2TP-IF user=username
/interface l2tp-server server set allow-fast-path=yes default-profile=VPN-Profile enabled=yes use-ipsec=yes ipsec-secret=<redacted>
/ip firewall filter add action=accept chain=input dst-port=500,1701,4500 in-interface=ether1 protocol=udp
/ip firewall filter add action=accept chain=input in-interface=ether1 protocol=ipsec-esp
ip firewall filter add chain=forward action=accept in-interface=L2TP-IF out-interface=local place-before=0
