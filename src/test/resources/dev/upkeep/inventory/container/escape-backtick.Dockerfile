# escape=`
ARG WINDOWS_VERSION=ltsc2022
FROM mcr.microsoft.com/windows/servercore:"${WINDOWS_VERSION}"
SHELL ["powershell", "-Command"]
RUN New-Item -ItemType Directory C:\app ; `
    Write-Host done
WORKDIR C:\app
